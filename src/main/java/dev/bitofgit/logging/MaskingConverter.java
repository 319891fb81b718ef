package dev.bitofgit.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.CompositeConverter;

/** {@code %mask(...)} in logback.xml: the enclosed pattern's output passed through {@link SecretMask#mask}. */
public final class MaskingConverter extends CompositeConverter<ILoggingEvent> {
    @Override
    protected String transform(ILoggingEvent event, String in) {
        return SecretMask.mask(in);
    }
}
