/**
 * The portal's services: one {@code @Stateless} bean per aggregate or use case, owning its transactions,
 * its security ({@code @RolesAllowed} on every method, ownership checks on patient data) and its queries.
 * <p>
 * No Faces, JAX-RS or servlet types here: the web module calls in, never the other way round.
 */
package clinic.portal.ejb;
