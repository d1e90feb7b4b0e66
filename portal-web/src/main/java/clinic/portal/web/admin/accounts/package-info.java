/** {@code /admin/accounts/}: the account list and the new-account form. */
package clinic.portal.web.admin.accounts;
