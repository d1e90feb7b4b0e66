package clinic.portal.web.api;

import ca.uhn.fhir.context.FhirContext;
import clinic.portal.ejb.clinic.ClinicCalendar;
import clinic.portal.ejb.patient.DataExport;
import clinic.portal.web.fhir.PatientBundle;
import clinic.portal.web.programme.DoseWords;
import clinic.portal.web.security.PublicAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;


/**
 * A patient's record as an HL7 FHIR R4 Bundle ({@link PatientBundle}), for one of their clinicians or the patient
 * themself (anyone else: 404), audited. HAPI FHIR's context is made once per JVM ({@code forR4Cached}): building it
 * reads the whole R4 model.
 */
@Path("v1/patients/{id}/fhir")
@ApplicationScoped
public class FhirResource {

    /** The media type of FHIR's JSON. */
    public static final String FHIR_JSON = "application/fhir+json";

    @Inject
    private DataExport export;

    @Inject
    private ClinicCalendar calendar;

    @Inject
    private DoseWords words;

    @Inject
    private PublicAddress address;

    @Context
    private UriInfo uri;

    @GET
    @Produces(FHIR_JSON)
    public String record(@PathParam("id") long patientId) {
        String base = address.url().orElseGet(() -> uri.getBaseUri().toString().replaceAll("/api/?$", ""));
        var bundle = PatientBundle.of(export.forFhir(patientId), base, calendar.now(), calendar.zone(), words);
        return FhirContext.forR4Cached().newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle);
    }
}
