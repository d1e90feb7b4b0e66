/**
 * The clinic's domain: JPA entities, value objects and the clinical rules that need no container.
 * <p>
 * Nothing here may depend on EJB, CDI, Faces or JAX-RS; rules live on the entities in the clinic's words
 * so they can be unit-tested without a server.
 */
package clinic.portal.domain;
