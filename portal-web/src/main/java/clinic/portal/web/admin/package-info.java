/** The administrator's pages under {@code /admin/}; only administrators reach them (web.xml). */
package clinic.portal.web.admin;
