package studyguide.view;

import freemarker.core.DirectiveCallPlace;
import freemarker.core.Environment;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The theme's {@code <@once key=[...]>...</@once>}: a block that is the same on many pages (the sidebar of
 * every question page of a category) is rendered once per build for each key and copied into the other pages.
 *
 * <p>The theme names the key because only the theme knows what a block reads: the key must hold every value
 * the block reads that can differ from page to page of one build (the site is the same on all of them); the
 * block's place in its template is part of the key. A block kept this way is not run again, so what it assigns
 * is assigned only the first time.
 */
final class RenderedOnce implements TemplateDirectiveModel {

    /** The name templates call it by. */
    static final String NAME = "once";

    private final Map<List<String>, String> rendered = new ConcurrentHashMap<>();

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
            throws TemplateException, IOException {
        if (params.size() != 1 || !params.containsKey("key")) {
            throw new TemplateModelException("@" + NAME + " takes one parameter, key: the values the block reads that "
                    + "differ between pages");
        }
        if (body == null) {
            return;
        }
        // The block's place is part of its key: two blocks with equal keys are different blocks.
        DirectiveCallPlace place = env.getCurrentDirectiveCallPlace();
        List<String> key = key(place.getTemplate().getSourceName() + ":" + place.getBeginLine() + ":" + place.getBeginColumn(),
                (TemplateModel) params.get("key"));
        String text = rendered.get(key);
        if (text == null) {
            StringWriter out = new StringWriter(4096);
            body.render(out);
            text = out.toString();
            // Two pages rendered at the same time may both render the block first; they make the same text.
            rendered.putIfAbsent(key, text);
        }
        env.getOut().write(text);
    }

    private static List<String> key(String place, TemplateModel key) throws TemplateModelException {
        List<String> values = new ArrayList<>();
        values.add(place);
        if (key instanceof TemplateSequenceModel sequence) {
            for (int i = 0; i < sequence.size(); i++) {
                values.add(value(sequence.get(i)));
            }
        } else {
            values.add(value(key));
        }
        return values;
    }

    private static String value(TemplateModel value) throws TemplateModelException {
        if (value instanceof TemplateScalarModel scalar) {
            return "s" + scalar.getAsString();
        }
        if (value instanceof TemplateBooleanModel bool) {
            return bool.getAsBoolean() ? "true" : "false";
        }
        if (value instanceof TemplateNumberModel number) {
            return "n" + number.getAsNumber();
        }
        throw new TemplateModelException("@" + NAME + "'s key holds only strings, numbers and booleans (or a sequence "
                + "of them); " + (value == null ? "one of them is missing" : "one of them is not"));
    }
}
