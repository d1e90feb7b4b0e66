package clinic.portal.web.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import clinic.portal.web.support.Deployments;
import clinic.portal.web.support.Http;
import clinic.portal.web.support.TestControl;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.ActivityDefinition;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The HL7 FHIR R4 export of a patient's record with something of every kind, through the API of a running portal:
 * validated with HAPI FHIR's validator against the base R4 profiles (offline: the R4 definitions ship in a jar), and
 * failed on any error; what each resource holds; who may export (the patient, their clinician; nobody else).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FhirExportIT {

    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private static FhirValidator validator;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalWithTestSupport();
    }

    @ArquillianResource
    private URL base;

    @BeforeAll
    static void theBaseProfiles() {
        ValidationSupportChain support = new ValidationSupportChain(new DefaultProfileValidationSupport(FHIR),
                new CommonCodeSystemsTerminologyService(FHIR), new InMemoryTerminologyServerValidationSupport(FHIR),
                new SnapshotGeneratingValidationSupport(FHIR));
        validator = FHIR.newValidator().registerValidatorModule(new FhirInstanceValidator(support));
    }

    @Test
    void theRecordIsAValidR4BundleWithEveryKindOfResourceForThePatientAndTheirClinician() throws Exception {
        Properties team = new Http(base).careTeamWithRecord();
        String path = "/api/v1/patients/" + team.getProperty("patientId") + "/fhir";
        Http.Reply mine = new Http(base).token(team.getProperty("patient"), TestControl.PASSWORD).send("GET", path, null);
        assertEquals(200, mine.status(), mine.body());
        assertTrue(mine.contentType().startsWith("application/fhir+json"), mine.contentType());
        Http.Reply theirs = new Http(base).token(team.getProperty("clinician"), TestControl.PASSWORD)
                .send("GET", path, null);
        assertEquals(200, theirs.status(), theirs.body());

        for (Http.Reply reply : List.of(mine, theirs)) {
            assertEquals(List.of(), errors(reply.body()), "the Bundle is valid R4");
        }

        Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class, mine.body());
        Bundle broken = bundle.copy();
        all(broken, Observation.class).get(0).setStatus(null);
        assertTrue(errors(FHIR.newJsonParser().encodeResourceToString(broken)).stream()
                .anyMatch(e -> e.contains("status")), "the validator does find what is wrong");
        assertEquals(Bundle.BundleType.COLLECTION, bundle.getType());
        Patient patient = only(bundle, Patient.class);
        assertEquals(team.getProperty("patientName"), patient.getNameFirstRep().getText());
        assertEquals(team.getProperty("patient"), patient.getIdentifierFirstRep().getValue());
        assertEquals(2, patient.getGeneralPractitioner().size(), "both clinicians");

        CarePlan plan = only(bundle, CarePlan.class);
        assertEquals(CarePlan.CarePlanStatus.ACTIVE, plan.getStatus());
        CarePlan.CarePlanActivityDetailComponent walking = plan.getActivityFirstRep().getDetail();
        ActivityDefinition definition = only(bundle, ActivityDefinition.class);
        assertEquals(definition.getUrl(), walking.getInstantiatesCanonical().get(0).getValue());
        assertEquals(2, walking.getScheduledTiming().getRepeat().getFrequency(), "twice");
        assertEquals("d", walking.getScheduledTiming().getRepeat().getPeriodUnit().toCode(), "a day");
        assertEquals(10, walking.getScheduledTiming().getRepeat().getDuration().intValue(), "10 minutes");

        List<Observation> observations = all(bundle, Observation.class);
        List<Observation> sessions = observations.stream()
                .filter(o -> "55411-3".equals(o.getCode().getCodingFirstRep().getCode())).toList();
        assertEquals(3, sessions.size());
        assertEquals(Set.of(20, 15, 10), sessions.stream().map(o -> o.getValueQuantity().getValue().intValue())
                .collect(Collectors.toSet()));
        assertTrue(sessions.stream().allMatch(o -> o.getBasedOnFirstRep().getReference() != null), "on the programme");
        assertEquals(1, sessions.stream().flatMap(o -> o.getComponent().stream())
                .filter(c -> "41950-7".equals(c.getCode().getCodingFirstRep().getCode())
                        && c.getValueQuantity().getValue().intValue() == 2400).count(), "the steps");
        assertEquals(3, observations.stream().filter(o -> "72514-3".equals(o.getCode().getCodingFirstRep().getCode()))
                .count(), "pain 5 and 3, then 4");

        assertEquals(3, all(bundle, Questionnaire.class).size());
        List<QuestionnaireResponse> responses = all(bundle, QuestionnaireResponse.class);
        assertEquals(5, responses.size(), "STarT Back once, PSFS and pain twice");
        Set<String> urls = all(bundle, Questionnaire.class).stream().map(Questionnaire::getUrl).collect(Collectors.toSet());
        assertTrue(responses.stream().allMatch(r -> urls.contains(r.getQuestionnaire())), "each with its Questionnaire");
        assertTrue(mine.body().contains("Lifting my son"), "the activities named");

        Flag flag = only(bundle, Flag.class);
        assertEquals(Flag.FlagStatus.ACTIVE, flag.getStatus(), "not reviewed yet");
        assertTrue(flag.getCode().getText().contains("worse at night"), flag.getCode().getText());
    }

    @Test
    void nobodyElseExportsThePatientsRecord() throws Exception {
        Properties team = new Http(base).careTeamWithRecord();
        Properties stranger = new Http(base).careTeam();
        String path = "/api/v1/patients/" + team.getProperty("patientId") + "/fhir";
        assertEquals(404, new Http(base).token(stranger.getProperty("clinician"), TestControl.PASSWORD)
                .send("GET", path, null).status(), "another clinician's patient");
        assertEquals(404, new Http(base).token(stranger.getProperty("patient"), TestControl.PASSWORD)
                .send("GET", path, null).status(), "another patient");
        assertEquals(401, new Http(base).send("GET", path, null).status());
        assertEquals(404, new Http(base).token(team.getProperty("clinician"), TestControl.PASSWORD)
                .send("GET", "/api/v1/patients/abc/fhir", null).status(), "an id that is not a number");
    }

    private static List<String> errors(String json) {
        return validator.validateWithResult(json).getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .map(SingleValidationMessage::toString).toList();
    }

    private static <T extends Resource> T only(Bundle bundle, Class<T> type) {
        List<T> found = all(bundle, type);
        assertEquals(1, found.size(), type.getSimpleName());
        return found.get(0);
    }

    private static <T extends Resource> List<T> all(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance)
                .map(type::cast).toList();
    }
}
