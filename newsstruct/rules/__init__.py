"""Pure rules over neutral annotations: quotes, speakers, entities."""
