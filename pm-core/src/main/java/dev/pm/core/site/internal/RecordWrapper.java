package dev.pm.core.site.internal;

import freemarker.template.AdapterTemplateModel;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleCollection;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.ext.util.WrapperTemplateModel;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * FreeMarker's default object wrapper, but a record becomes a hash of its components and nothing else of it
 * ({@code class}, {@code hashCode}, {@code toString} stay hidden), so that the theme contract is the documented
 * components of {@link dev.pm.core.site.internal.TemplateModel}'s records.
 *
 * <p>Why not FreeMarker's own record support: its bean model looks every key up in the class's introspection
 * map, calls the accessor by reflection and wraps the value anew on every read, which was a quarter of the
 * render time of a large site. Here each record class's components are listed once ({@link Shape}), and a record
 * model wraps each component's value once, on the first read. Values other than records are wrapped as the
 * default wrapper wraps them.
 */
final class RecordWrapper extends DefaultObjectWrapper {

    /** What FreeMarker's bean model printed for a record, whose {@code toString} it does not expose either. */
    static final String HIDDEN_TO_STRING = "[toString not exposed]";

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    RecordWrapper() {
        super(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34), true);
    }

    @Override
    public TemplateModel wrap(Object object) throws TemplateModelException {
        if (object instanceof Record record && !(object instanceof TemplateModel)) {
            return model(record);
        }
        return super.wrap(object);
    }

    RecordModel model(Record record) {
        return new RecordModel(record, SHAPES.get(record.getClass()), this);
    }

    /**
     * A record class's components, in declaration order, each with its accessor. Only the components of a public
     * record are readable, as FreeMarker reads public members of public classes only.
     */
    record Shape(List<String> names, int[] hashes, MethodHandle[] accessors) {

        private static final MethodType READ = MethodType.methodType(Object.class, Record.class);

        static Shape of(Class<?> type) {
            List<String> names = new ArrayList<>();
            List<MethodHandle> accessors = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                MethodHandle accessor;
                try {
                    accessor = MethodHandles.publicLookup().unreflect(component.getAccessor()).asType(READ);
                } catch (IllegalAccessException notPublic) {
                    continue;
                }
                names.add(component.getName());
                accessors.add(accessor);
            }
            return new Shape(List.copyOf(names), names.stream().mapToInt(String::hashCode).toArray(),
                    accessors.toArray(MethodHandle[]::new));
        }

        /**
         * The component's index, or -1 when the record has no component of that name. A record has a few
         * components, and a string keeps its hash: comparing hashes first finds one without a map, whose probing
         * and boxed indexes were 5 % of a rebuild's CPU at 10,000 postmortems, templates reading fields all along.
         */
        int indexOf(String name) {
            int hash = name.hashCode();
            for (int i = 0; i < hashes.length; i++) {
                if (hashes[i] == hash && names.get(i).equals(name)) {
                    return i;
                }
            }
            return -1;
        }

        Object read(Record record, int index) throws TemplateModelException {
            try {
                return (Object) accessors[index].invokeExact(record);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new TemplateModelException("reading " + record.getClass().getSimpleName() + "."
                        + names.get(index), e);
            }
        }
    }

    /**
     * One record as templates see it. A missing key is a missing variable, as FreeMarker's bean model made it,
     * but found missing by one map lookup. Not thread-safe: a model lives in the render of one page.
     */
    static final class RecordModel implements TemplateHashModelEx, TemplateScalarModel, AdapterTemplateModel,
            WrapperTemplateModel {

        private final Record record;
        private final Shape shape;
        private final ObjectWrapper wrapper;
        /** Each component's value as wrapped on its first read; {@code null} until then and for a null value. */
        private final TemplateModel[] values;

        RecordModel(Record record, Shape shape, ObjectWrapper wrapper) {
            this.record = record;
            this.shape = shape;
            this.wrapper = wrapper;
            this.values = new TemplateModel[shape.names().size()];
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            int index = shape.indexOf(key);
            if (index < 0) {
                return null;
            }
            TemplateModel value = values[index];
            if (value == null) {
                value = wrapper.wrap(shape.read(record, index));
                values[index] = value;
            }
            return value;
        }

        @Override
        public boolean isEmpty() {
            return false;
        }

        @Override
        public int size() {
            return values.length;
        }

        @Override
        public TemplateCollectionModel keys() {
            return new SimpleCollection(shape.names(), wrapper);
        }

        @Override
        public TemplateCollectionModel values() throws TemplateModelException {
            List<TemplateModel> all = new ArrayList<>(values.length);
            for (String name : shape.names()) {
                all.add(get(name));
            }
            return new SimpleCollection(all, wrapper);
        }

        /** A record printed by mistake shows what it showed before, not its components. */
        @Override
        public String getAsString() {
            return HIDDEN_TO_STRING;
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            return record;
        }

        @Override
        public Object getWrappedObject() {
            return record;
        }
    }
}
