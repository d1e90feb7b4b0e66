/** The exercise library as clinicians keep it: search, add, edit, archive (never delete what was prescribed). */
package clinic.portal.ejb.exercise;
