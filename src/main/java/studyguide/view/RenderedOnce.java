package studyguide.view;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.StringWriter;
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

    private final Map<List<Object>, String> rendered = new ConcurrentHashMap<>();

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
        List<Object> key = BlockKey.of(env.getCurrentDirectiveCallPlace(), (TemplateModel) params.get("key"), false,
                "@" + NAME + "'s key holds only strings, numbers and booleans");
        String text = rendered.get(key);
        if (text == null) {
            text = text(body);
            // Two pages rendered at the same time may both render the block first; they make the same text.
            rendered.putIfAbsent(key, text);
        }
        env.getOut().write(text);
    }

    /** What a block renders, as text. */
    static String text(TemplateDirectiveBody body) throws TemplateException, IOException {
        StringWriter out = new StringWriter(4096);
        body.render(out);
        return out.toString();
    }
}
