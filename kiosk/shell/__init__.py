"""The kiosk's shell: the session, home and attract screens, and what every service uses."""
