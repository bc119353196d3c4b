// The test double lands here (see the package README).
export {};
