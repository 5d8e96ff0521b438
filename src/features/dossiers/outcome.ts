/** What an action on the dossier list did, said to the user, with a way to undo it when it destroyed something. */
export interface Outcome {
  message: string;
  undo?: { label: string; run: () => void; done: string };
}
