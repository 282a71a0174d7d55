// The error a promise rejects with; fails the test when it resolves instead.
export const rejection = async (p: Promise<unknown>): Promise<Error> => {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e as Error,
  );
  if (!err) throw new Error('expected a rejection');
  return err;
};
