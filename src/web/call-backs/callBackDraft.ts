// A call-back request as its dialog holds it (method.md §5): who called (a contact person of the
// client, or a name), when, and for whom; by default the client's relationship manager.
import type { CallBackInput } from './callBackQueries.ts';

export type CallBackValues = {
  contactId: string | null;
  callerName: string;
  calledOn: string;
  forUserId: string | null;
  note: string;
};

/** A call of today for the client's relationship manager, else for the user. */
export function callBackValues(args: {
  today: string;
  me: string;
  relationshipManagerId: string | null;
}): CallBackValues {
  return {
    contactId: null,
    callerName: '',
    calledOn: args.today,
    forUserId: args.relationshipManagerId ?? args.me,
    note: '',
  };
}

/** Someone must have called: a contact person or a name. */
export function callerGiven(values: Pick<CallBackValues, 'contactId' | 'callerName'>): boolean {
  return values.contactId !== null || values.callerName.trim() !== '';
}

/** What the API receives: the name only when no contact person was chosen. */
export function callBackInput(values: CallBackValues): CallBackInput {
  return {
    contactId: values.contactId,
    callerName: values.contactId === null ? values.callerName.trim() || null : null,
    calledOn: values.calledOn,
    ...(values.forUserId ? { forUserId: values.forUserId } : {}),
    note: values.note.trim() || null,
  };
}
