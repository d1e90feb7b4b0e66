/** What every signed-in person may do with their own account: {@code /account/password.xhtml}. */
package clinic.portal.web.account;
