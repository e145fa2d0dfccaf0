"""One router per resource; web/app.py includes them and does nothing else with them."""
