/**
 * What the portal's nodes share beyond the database: caches in the Payara (Hazelcast) cluster's data grid, through
 * the standard JCache API ({@link clinic.portal.ejb.cluster.SharedCaches}), so that what one node changes the others
 * see at once.
 */
package clinic.portal.ejb.cluster;
