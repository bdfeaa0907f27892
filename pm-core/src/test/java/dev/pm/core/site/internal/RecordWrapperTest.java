package dev.pm.core.site.internal;

import static org.assertj.core.api.Assertions.assertThat;

import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateModelIterator;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wrapper templates read records through: a record's components, each wrapped once, and nothing else. */
class RecordWrapperTest {

    private final RecordWrapper wrapper = new RecordWrapper();

    private final TemplateModel.PageInfo page = new TemplateModel.PageInfo("index.html", "", "Home", null, null);

    @Test
    void aRecordShowsExactlyItsComponentsInOrder() throws Exception {
        RecordWrapper.RecordModel model = wrapper.model(page);

        assertThat(strings(model.keys())).containsExactly("path", "root", "title", "canonical", "feeds");
        assertThat(model.size()).isEqualTo(5);
        assertThat(((TemplateScalarModel) model.get("title")).getAsString()).isEqualTo("Home");
        assertThat(model.get("canonical")).as("a null component is missing").isNull();
    }

    @Test
    void aRecordRefusesWhatIsNotAComponent() throws Exception {
        RecordWrapper.RecordModel model = wrapper.model(page);

        for (String key : List.of("class", "getClass", "hashCode", "toString", "equals", "Title", "")) {
            assertThat(model.get(key)).as(key).isNull();
        }
        assertThat(model.getAsString()).isEqualTo(RecordWrapper.HIDDEN_TO_STRING).doesNotContain("Home");
    }

    @Test
    void aComponentIsWrappedOnceAndRecordsInsideAreRecordModels() throws Exception {
        TemplateModel.Month month = new TemplateModel.Month("March 2026", "2026-03", List.of());
        TemplateModel.YearPage year = new TemplateModel.YearPage("2026", "years/2026.html", 1, null, List.of(month),
                page, null);
        RecordWrapper.RecordModel model = wrapper.model(year);

        assertThat(model.get("page")).isSameAs(model.get("page")).isInstanceOf(RecordWrapper.RecordModel.class);
        TemplateSequenceModel months = (TemplateSequenceModel) model.get("months");
        assertThat(months.get(0)).isInstanceOf(RecordWrapper.RecordModel.class);
        assertThat(((RecordWrapper.RecordModel) months.get(0)).getWrappedObject()).isSameAs(month);
    }

    @Test
    void aRecordThatIsNotPublicShowsNothing() throws Exception {
        RecordWrapper.RecordModel model = wrapper.model(new Hidden("secret"));

        assertThat(model.get("value")).isNull();
        assertThat(model.size()).isZero();
    }

    private record Hidden(String value) {
    }

    private static List<String> strings(TemplateCollectionModel collection) throws TemplateModelException {
        List<String> all = new ArrayList<>();
        for (TemplateModelIterator it = collection.iterator(); it.hasNext();) {
            all.add(((TemplateScalarModel) it.next()).getAsString());
        }
        return all;
    }
}
