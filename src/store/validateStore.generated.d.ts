// Types of the generated validator (scripts/generateValidator.js).
export interface ValidationError {
  instancePath: string;
  message?: string;
}
export declare function validate(data: unknown): boolean;
export declare namespace validate {
  let errors: ValidationError[] | null;
}
export default validate;
/** The same check as `validate`, without error paths: true when `validate` would be (scripts/generateValidator.js). */
export declare function isValid(data: unknown): boolean;
/** A hash of the generated code: which validator checked a store (src/store/trust.ts). */
export declare const validatorId: string;
