/**
 * What the portal needs before anyone signs in: the data source chosen by configuration, the schema
 * migrated by Flyway, and the first accounts (demo accounts only in demo mode).
 * <p>
 * Runs once at start-up; holds no business rules.
 */
package clinic.portal.ejb.setup;
