"""The shell's Qt-free core: session, idle timeout, service contract and registry, theme."""
