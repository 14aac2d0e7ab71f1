"""``python -m app`` runs the stratdeck command."""

import sys

from app.main import main

sys.exit(main())
