package clinic.portal.web;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PagedModelTest {

    @Test
    void theRequestCannotAskForMoreRowsThanTheServicesServeNorForANegativeOffset() {
        List<int[]> asked = new ArrayList<>();
        PagedModel<String> model = new PagedModel<>(() -> 1_000_000, (first, max) -> {
            asked.add(new int[]{first, max});
            return List.of();
        }, row -> row);

        model.load(0, 100_000, Map.of(), Map.of());
        model.load(-20, 0, Map.of(), Map.of());
        model.load(40, 20, Map.of(), Map.of());

        assertEquals(List.of("0/200", "0/1", "40/20"), asked.stream().map(a -> a[0] + "/" + a[1]).toList());
    }
}
