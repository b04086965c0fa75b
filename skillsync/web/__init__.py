"""The web app: the built React bundle (``frontend/dist``), served by Django."""
