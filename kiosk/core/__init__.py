"""The kiosk's decisions in pure Python: session, screens, idle timeout, services."""
