package org.countryofficeportal.platform;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;

/**
 * A digest of everything a command carries (SHA-256, hex): the same form sent twice with the same values gives the
 * same digest, on any instance. Records are read component by component, so that bytes (an uploaded image) count
 * by their content, not by the array's identity as a record's own {@code toString} would have it.
 */
final class CommandDigest {

    private CommandDigest() {
    }

    static String of(Command<?> command) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            add(digest, command);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static void add(MessageDigest digest, Object value) {
        if (value instanceof byte[] bytes) {
            digest.update(bytes);
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                digest.update(component.getName().getBytes(StandardCharsets.UTF_8));
                try {
                    Method accessor = component.getAccessor();
                    accessor.trySetAccessible();
                    add(digest, accessor.invoke(record));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + component, e);
                }
            }
        } else if (value instanceof Object[] values) {
            for (Object element : values) {
                add(digest, element);
            }
        } else if (value instanceof Collection<?> values) {
            values.forEach(element -> add(digest, element));
        } else if (value instanceof Map<?, ?> entries) {
            entries.forEach((key, element) -> {
                add(digest, key);
                add(digest, element);
            });
        } else {
            digest.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
        }
        // A separator, so that ("ab", "c") and ("a", "bc") differ.
        digest.update((byte) 0);
    }
}
