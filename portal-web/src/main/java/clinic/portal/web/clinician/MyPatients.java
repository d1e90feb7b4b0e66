package clinic.portal.web.clinician;

import clinic.portal.ejb.review.ReviewService;
import clinic.portal.ejb.review.ReviewedPatient;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Components;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code /clinician/index.xhtml}: the clinician's own patients, searchable, with today's programme and what
 * needs their review, a page at a time, most urgent first, sorted and paged by the database
 * ({@link ReviewService#myPatients}).
 */
@Named
@ViewScoped
public class MyPatients implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Patients on a page of the list. */
    public static final int PAGE_SIZE = 25;

    @Inject
    private ReviewService reviews;

    private String search;
    // The table's model reads the page it shows from the database at every render and never travels with the session.
    private transient LazyDataModel<ReviewedPatient> patients;

    /** A new search starts from the first page. */
    public void find() {
        DataTable table = Components.findComponent("form:patients");
        if (table != null) {
            table.setFirst(0);
        }
    }

    public LazyDataModel<ReviewedPatient> getPatients() {
        if (patients == null) {
            patients = new Page();
        }
        return patients;
    }

    public int getPageSize() {
        return PAGE_SIZE;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    /** The list as the table asks for it: how many patients match, then one page of them. */
    private final class Page extends LazyDataModel<ReviewedPatient> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(reviews.countMyPatients(search));
        }

        @Override
        public List<ReviewedPatient> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                          Map<String, FilterMeta> filterBy) {
            return reviews.myPatients(search, first, Math.min(pageSize, ReviewService.MAX_PAGE));
        }

        @Override
        public String getRowKey(ReviewedPatient row) {
            return String.valueOf(row.patient().id());
        }

        @Override
        public ReviewedPatient getRowData(String rowKey) {
            return getWrappedData().stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
        }
    }
}
