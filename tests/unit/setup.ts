import fc from 'fast-check';

// Property tests run the same cases on every machine, so CI cannot pass or fail by luck; FC_SEED=<n> explores others.
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261201) });
