package studyguide.view;

import freemarker.core.DirectiveCallPlace;
import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;
import java.util.ArrayList;
import java.util.List;
import studyguide.cache.Same;

/**
 * The key of a theme's block ({@code <@once>}, {@code <@kept>}): the block's place in its template, then each
 * value of its {@code key} parameter, a string as {@code s} and the string, a number as {@code n} and the number,
 * a boolean as {@code true} or {@code false} (so the string "true" is another key), and, where the directive
 * allows them, an object of the page's model as that same object ({@link Same}).
 */
final class BlockKey {

    private BlockKey() {
    }

    /**
     * The key; {@code objects} says whether the page's objects may be in it, {@code allowed} names what may be
     * for the template error.
     */
    static List<Object> of(DirectiveCallPlace place, TemplateModel key, boolean objects, String allowed)
            throws TemplateModelException {
        List<Object> values = new ArrayList<>();
        // Two blocks with equal keys at two places are two blocks.
        values.add(place.getTemplate().getSourceName() + ":" + place.getBeginLine() + ":" + place.getBeginColumn());
        if (key instanceof TemplateSequenceModel sequence && !(objects && key instanceof WrapperTemplateModel)) {
            for (int i = 0; i < sequence.size(); i++) {
                values.add(value(sequence.get(i), objects, allowed));
            }
        } else {
            values.add(value(key, objects, allowed));
        }
        return values;
    }

    private static Object value(TemplateModel value, boolean objects, String allowed) throws TemplateModelException {
        // An object of the model first: FreeMarker may also offer it as a string, its toString().
        if (objects && value instanceof WrapperTemplateModel wrapper) {
            return new Same(wrapper.getWrappedObject());
        }
        if (value instanceof TemplateScalarModel scalar) {
            return "s" + scalar.getAsString();
        }
        if (value instanceof TemplateBooleanModel bool) {
            return bool.getAsBoolean() ? "true" : "false";
        }
        if (value instanceof TemplateNumberModel number) {
            return "n" + number.getAsNumber();
        }
        throw new TemplateModelException(allowed + " (or a sequence of them); "
                + (value == null ? "one of them is missing" : "one of them is not"));
    }
}
