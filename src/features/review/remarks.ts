/** The review feature's entry point for the wizard's steps: the DPO's remarks beside the answers. */
export { StepRemarks, DatumRemarks } from './remark-list';
