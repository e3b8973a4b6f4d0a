declare const RLP_VERSION: string | undefined;

/** The version of rlp: package.json's, set by the build; `0.0.0-dev` when run from source. */
export const version: string = typeof RLP_VERSION === 'string' ? RLP_VERSION : '0.0.0-dev';
