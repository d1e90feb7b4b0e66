package clinic.portal.domain.importing;

import clinic.portal.domain.language.Language;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PatientFileTest {

    private static final String HEADER = "name,email,username,clinician,language\n";

    @Test
    void readsEachPatientWithTheRowASpreadsheetShowsIt() throws Exception {
        List<PatientLine> lines = PatientFile.read(utf8(HEADER
                + "Ana García,ana@example.org,AGarcia,drlee,es\n"
                + "\n"
                + ",,,,\n"
                + "\"Smith, John\",john@example.org,jsmith,drlee; drpatel ,\n"));
        assertEquals(2, lines.size(), "blank lines and rows of empty cells are left out");
        PatientLine ana = lines.get(0);
        assertEquals(2, ana.row(), "the header is row 1");
        assertEquals("Ana García", ana.name());
        assertEquals("agarcia", ana.accountUsername(), "usernames are kept in lower case");
        assertEquals(Optional.of(Language.SPANISH), ana.chosenLanguage());
        assertEquals(Set.of(), ana.ownProblems());
        PatientLine john = lines.get(1);
        assertEquals(5, john.row(), "blank rows still count, as in the spreadsheet");
        assertEquals("Smith, John", john.name(), "a quoted comma stays in the cell");
        assertEquals(List.of("drlee", "drpatel"), john.clinicianUsernames());
        assertEquals(null, john.language(), "an empty cell is no value");
        assertEquals(Optional.empty(), john.chosenLanguage());
        assertEquals(Set.of(), john.ownProblems());
    }

    @Test
    void takesTheColumnsInAnyOrderAndCaseWithAByteOrderMarkSemicolonsAndAPhone() throws Exception {
        List<PatientLine> lines = PatientFile.read(utf8("\uFEFFUsername;Language;Phone;Name;Clinician;EMAIL\r\n"
                + "bo;en;+44 20 7946 0000;Bo Li;drlee;bo@example.org\r\n"));
        PatientLine bo = lines.get(0);
        assertEquals("bo", bo.username());
        assertEquals("Bo Li", bo.name());
        assertEquals("bo@example.org", bo.email());
        assertEquals("+44 20 7946 0000", bo.phone());
        assertEquals(Optional.of(Language.ENGLISH), bo.chosenLanguage());
    }

    @Test
    void aLineSaysWhatIsMissingOrWrongInItself() throws Exception {
        List<PatientLine> lines = PatientFile.read(utf8(HEADER + ",,,,fr\n" + "Ana,ana@example.org,ana,drlee,es,extra\n"));
        assertEquals(EnumSet.of(ImportProblem.NAME_MISSING, ImportProblem.EMAIL_MISSING,
                ImportProblem.USERNAME_MISSING, ImportProblem.CLINICIAN_MISSING, ImportProblem.LANGUAGE_UNKNOWN),
                lines.get(0).ownProblems());
        assertEquals(EnumSet.of(ImportProblem.CELLS_MISMATCH), lines.get(1).ownProblems());
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWhole() {
        byte[] latin1 = (HEADER + "José Pérez,jose@example.org,jperez,drlee,es\n").getBytes(StandardCharsets.ISO_8859_1);
        assertRefused(PatientFile.Refusal.NOT_UTF8, latin1);
        assertRefused(PatientFile.Refusal.NOT_UTF8, (HEADER + "a\0b,c,d,e,f\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFileWithTheWrongColumnsIsRefusedSayingWhichItHas() {
        PatientFile.Refused refused = assertRefused(PatientFile.Refusal.COLUMNS,
                utf8("full name,email,username,clinician\nAna,ana@example.org,ana,drlee\n"));
        assertArrayEquals(new Object[]{"name, email, username, clinician, language", "full name, email, username, clinician"},
                refused.arguments());
        assertRefused(PatientFile.Refusal.COLUMNS, utf8("name,email,username,clinician,language,email\n"));
        assertRefused(PatientFile.Refusal.COLUMNS, utf8("name,email,username,clinician,language,notes\n"));
    }

    @Test
    void brokenEmptyHugeAndEndlessFilesAreRefusedWhole() {
        PatientFile.Refused broken = assertRefused(PatientFile.Refusal.NOT_CSV,
                utf8(HEADER + "Ana,ana@example.org,ana,drlee,es\n\"Bo,bo@example.org,bo,drlee,en\n"));
        assertEquals(3L, broken.arguments()[0], "the row where it breaks");
        assertRefused(PatientFile.Refusal.EMPTY, new byte[0]);
        assertRefused(PatientFile.Refusal.EMPTY, utf8("\n\n"));
        assertRefused(PatientFile.Refusal.NO_LINES, utf8(HEADER));
        byte[] junk = new byte[PatientFile.MAX_BYTES + 1];
        Arrays.fill(junk, (byte) 'x');
        assertRefused(PatientFile.Refusal.TOO_LARGE, junk);
        StringBuilder many = new StringBuilder(HEADER);
        for (int i = 0; i <= PatientFile.MAX_LINES; i++) {
            many.append("P").append(i).append(",p").append(i).append("@example.org,p").append(i).append(",drlee,\n");
        }
        assertRefused(PatientFile.Refusal.TOO_MANY_LINES, utf8(many.toString()));
    }

    @Test
    void problemsAreKeptAsWordsAndReadBack() {
        Set<ImportProblem> problems = EnumSet.of(ImportProblem.USERNAME_TAKEN, ImportProblem.EMAIL_INVALID);
        assertEquals("EMAIL_INVALID USERNAME_TAKEN", ImportProblem.join(problems));
        assertEquals(problems, ImportProblem.split(ImportProblem.join(problems)));
        assertTrue(ImportProblem.split(null).isEmpty());
        assertFalse(ImportProblem.join(Set.of()) != null);
    }

    private static PatientFile.Refused assertRefused(PatientFile.Refusal refusal, byte[] file) {
        PatientFile.Refused refused = assertThrows(PatientFile.Refused.class, () -> PatientFile.read(file));
        assertEquals(refusal, refused.refusal());
        return refused;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
