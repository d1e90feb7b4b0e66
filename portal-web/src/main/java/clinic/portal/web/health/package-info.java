/** MicroProfile Health checks: {@code /health/ready} is UP only while the database answers. */
package clinic.portal.web.health;
