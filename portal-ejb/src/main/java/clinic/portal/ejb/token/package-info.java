/** Bearer tokens for the JSON API: issued after one password check, checked by hash on every request. */
package clinic.portal.ejb.token;
