/** The pyglass release and the Python language version it implements. */
export const PYGLASS_VERSION = "0.1.0";
export const PYTHON_VERSION = "3.11.7";
export const PYTHON_VERSION_INFO = [3, 11, 7, "final", 0] as const;
