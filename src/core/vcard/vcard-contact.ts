/** A contact person as a vCard carries it: the fields Klandizie writes and reads. */
export type VCardContact = {
  firstName: string | null;
  infix: string | null;
  lastName: string | null;
  organization: string | null;
  jobTitle: string | null;
  /** ROLE: the person's role in the decision-making unit, as free text. */
  role: string | null;
  email: string | null;
  phone: string | null;
  /** A whole date, yyyy-mm-dd; a birthday without a year is left out. */
  birthday: string | null;
  notes: string | null;
  /** The contact's id, written as urn:uuid. */
  uid: string | null;
  /** When the contact last changed, as an ISO timestamp. */
  revision: string | null;
};
