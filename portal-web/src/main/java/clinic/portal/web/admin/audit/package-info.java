/** Backing bean of the administrators' audit trail page. */
package clinic.portal.web.admin.audit;
