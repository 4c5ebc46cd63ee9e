package org.cronomapa.state;

import javafx.beans.property.ReadOnlyIntegerPropertyBase;
import javafx.beans.property.ReadOnlyObjectPropertyBase;

/**
 * Read-only properties that a command sets quietly and announces later. A command stages the
 * new value of every slice it changes, then {@link ViewerState} publishes them all, so a listener
 * of any slice only ever sees the whole new state (decision 0007).
 */
final class Staged {
    private Staged() {
    }

    /** An object value; like JavaFX's own properties, a new reference counts as a change. */
    static final class Value<T> extends ReadOnlyObjectPropertyBase<T> {
        private final Object bean;
        private final String name;
        private T value;
        private boolean pending;

        Value(Object bean, String name, T initial) {
            this.bean = bean;
            this.name = name;
            this.value = initial;
        }

        @Override public T get() { return value; }
        @Override public Object getBean() { return bean; }
        @Override public String getName() { return name; }

        void stage(T v) {
            if (v != value) {
                value = v;
                pending = true;
            }
        }

        void publish() {
            if (pending) {
                pending = false; // first, so a listener's own command can stage and publish again
                fireValueChangedEvent();
            }
        }
    }

    /** An int value. */
    static final class Int extends ReadOnlyIntegerPropertyBase {
        private final Object bean;
        private final String name;
        private int value;
        private boolean pending;

        Int(Object bean, String name, int initial) {
            this.bean = bean;
            this.name = name;
            this.value = initial;
        }

        @Override public int get() { return value; }
        @Override public Object getBean() { return bean; }
        @Override public String getName() { return name; }

        void stage(int v) {
            if (v != value) {
                value = v;
                pending = true;
            }
        }

        void publish() {
            if (pending) {
                pending = false;
                fireValueChangedEvent();
            }
        }
    }
}
