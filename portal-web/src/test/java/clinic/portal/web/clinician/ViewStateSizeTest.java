package clinic.portal.web.clinician;

import clinic.portal.domain.review.ReviewFlag;
import clinic.portal.ejb.patient.PatientSummary;
import clinic.portal.ejb.review.ReviewedPatient;
import clinic.portal.web.clinician.patients.OutcomesTab;
import clinic.portal.web.clinician.patients.PatientDetail;
import clinic.portal.web.clinician.patients.ProgrammeTab;
import clinic.portal.web.clinician.patients.ProgressTab;
import clinic.portal.web.clinician.patients.RecordTab;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The clinician's list and the tabs of a patient's record keep what the person chose (the search, the patient) in their view, and not
 * what they read: a replicated session is read back and stored again on every request (docs/scale.md), and a
 * clinician's views once made it 290 KB, 228 KB of it these pages' rows. A view that travels to another node reads
 * them there again.
 */
class ViewStateSizeTest {

    @Test
    void theListCarriesItsSearchAndNotItsPatients() throws Exception {
        MyPatients list = new MyPatients();
        list.setSearch("smith");
        List<ReviewedPatient> page = LongStream.rangeClosed(1, MyPatients.PAGE_SIZE)
                .mapToObj(id -> new ReviewedPatient(new PatientSummary(id, "patient-" + id, "Patient Number " + id,
                        true, LocalDate.of(2026, 1, 5)), Set.of(ReviewFlag.INACTIVE)))
                .toList();
        list.getPatients().setWrappedData(page);

        byte[] carried = serialize(list);
        MyPatients arrived = (MyPatients) deserialize(carried);

        assertTrue(carried.length < 1024, "the list's view carries " + carried.length + " bytes");
        assertEquals("smith", arrived.getSearch());
        assertNull(get(arrived, "patients"), "the page is read again where the view arrives");
    }

    @Test
    void theTabsOfAPatientsRecordCarryWhichPatientTheyShowAndNotWhatTheyRead() throws Exception {
        for (RecordTab<?> tab : List.of(new PatientDetail(), new ProgressTab(), new OutcomesTab(), new ProgrammeTab())) {
            tab.setId(3_100_001L);

            RecordTab<?> arrived = (RecordTab<?>) deserialize(serialize(tab));

            assertEquals(3_100_001L, arrived.getId());
        }
        Field read = RecordTab.class.getDeclaredField("record");
        assertTrue(java.lang.reflect.Modifier.isTransient(read.getModifiers()), "what a tab read is read, not carried");
        Field current = ProgrammeTab.class.getDeclaredField("current");
        assertTrue(java.lang.reflect.Modifier.isTransient(current.getModifiers()), "the programme's view is not carried");
    }

    private static byte[] serialize(Object bean) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(bean);
        }
        return bytes.toByteArray();
    }

    private static Object deserialize(byte[] bytes) throws Exception {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }

    private static void set(Object bean, String name, Object value) throws Exception {
        Field field = bean.getClass().getDeclaredField(name);
        field.setAccessible(true);
        field.set(bean, value);
    }

    private static Object get(Object bean, String name) throws Exception {
        Field field = bean.getClass().getDeclaredField(name);
        field.setAccessible(true);
        return field.get(bean);
    }
}
