package studyguide.view;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * FreeMarker's default object wrapper, calling the methods it has chosen (a view record's accessors, for the
 * most part) with Java's access check made once per method instead of on every call: {@link Method#invoke}
 * on a method whose check is not suppressed walks the stack to find its caller, each call, and that was a
 * quarter of the time FreeMarker spent reading the views of a 10,000-question guide. Which methods a template
 * may call is FreeMarker's decision (public methods of public classes, less its member access policy), made
 * before this is reached, and stays so. A method whose check cannot be suppressed (one of a module that does
 * not open its package) is called as FreeMarker calls it.
 */
final class ViewObjectWrapper extends DefaultObjectWrapper {

    private final Set<Method> checkedEachCall = ConcurrentHashMap.newKeySet();

    ViewObjectWrapper() {
        super(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35), true);
    }

    @Override
    @SuppressWarnings("deprecation") // isAccessible reads the suppression flag itself, without a check
    protected TemplateModel invokeMethod(Object object, Method method, Object[] args)
            throws InvocationTargetException, IllegalAccessException, TemplateModelException {
        if (!method.isAccessible() && !checkedEachCall.contains(method) && !method.trySetAccessible()) {
            checkedEachCall.add(method);
        }
        return super.invokeMethod(object, method, args);
    }
}
