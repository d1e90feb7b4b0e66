/**
 * The audit trail: an immutable record of who did what to which account, for administrators (docs/domain.md: "reads the
 * audit trail"). Sign-ins, account changes, care teams, programmes and changes to the clinical record are kept;
 * passwords and clinical details never are.
 */
package clinic.portal.domain.audit;
