/** The clinic's own settings that services need, such as its time zone and so what "today" is. */
package clinic.portal.ejb.clinic;
