package studyguide.view;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import studyguide.cache.Cache;

/**
 * The theme's {@code <@kept key=[...]>...</@kept>}: a block that a process building again and again ({@code
 * serve}) keeps from build to build, rendered again only when its key changes. The built-in theme keeps each
 * question's article on its category page so: after an edited answer the category page is the other questions'
 * kept articles around the one made again (1,250 articles on a page at 10,000 questions).
 *
 * <p>Unlike {@code <@once>}, whose key holds what differs between the pages of one build, this key must hold
 * everything the block reads. An object of the page's model in it (a view: the site, a question) counts as the
 * same only as the same object, which {@code serve} hands back while it is equal; strings, numbers and booleans
 * by their value. The block's place in its template is part of the key. A one-off build renders the block.
 */
final class RenderedKept implements TemplateDirectiveModel {

    /** The name templates call it by. */
    static final String NAME = "kept";
    /** The attribute of a page's rendering that collects the keys of the blocks it shows, if it has one. */
    static final String USED = "studyguide.keptBlocks";

    private final Cache<List<Object>, byte[]> kept;

    RenderedKept(Cache<List<Object>, byte[]> kept) {
        this.kept = kept;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
            throws TemplateException, IOException {
        if (params.size() != 1 || !params.containsKey("key")) {
            throw new TemplateModelException("@" + NAME + " takes one parameter, key: everything the block reads");
        }
        if (body == null) {
            return;
        }
        List<Object> key = BlockKey.of(env.getCurrentDirectiveCallPlace(), (TemplateModel) params.get("key"), true,
                "@" + NAME + "'s key holds strings, numbers, booleans and the page's objects");
        if (!kept.keeps()) {
            body.render(env.getOut());
            return;
        }
        if (env.getCustomAttribute(USED) instanceof List<?> used) {
            @SuppressWarnings("unchecked")
            List<List<Object>> keys = (List<List<Object>>) used;
            keys.add(key);
        }
        // Kept as UTF-8: a page rendered into bytes takes them as they are.
        byte[] text = kept.get(key);
        if (text == null) {
            text = RenderedOnce.text(body).getBytes(StandardCharsets.UTF_8);
            kept.put(key, text);
        }
        if (env.getOut() instanceof Utf8Page page) {
            page.writeUtf8(text);
        } else {
            env.getOut().write(new String(text, StandardCharsets.UTF_8));
        }
    }

    /**
     * Keeps the blocks of these keys for the next build, as a page that shows them is kept without being
     * rendered (a cache forgets what a build did not use).
     */
    void stillUsed(List<List<Object>> keys) {
        keys.forEach(kept::get);
    }
}
