"""The terminal's configuration: one TOML file, one table per package, validated on load."""

from content.config.loader import DEFAULT_CONFIG_PATH, load_config
from content.config.model import (
    CacheConfig,
    CertificatesConfig,
    CityConfig,
    DevicesConfig,
    GatewayConfig,
    KioskConfig,
    MachikadoConfig,
    Orientation,
    Profile,
    ScreenGeometry,
    SignageConfig,
    TerminalConfig,
)
from content.config.schema import ConfigError

__all__ = [
    "DEFAULT_CONFIG_PATH",
    "CacheConfig",
    "CertificatesConfig",
    "CityConfig",
    "ConfigError",
    "DevicesConfig",
    "GatewayConfig",
    "KioskConfig",
    "MachikadoConfig",
    "Orientation",
    "Profile",
    "ScreenGeometry",
    "SignageConfig",
    "TerminalConfig",
    "load_config",
]
