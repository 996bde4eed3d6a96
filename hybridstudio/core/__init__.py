"""The engine core: parameters, payloads, steps, recipes, executor, costs. Never imports Qt."""
