import { Inject } from '@nestjs/common';

/** Injection token of the validated AppConfig (provided by AppModule.register). */
export const APP_CONFIG = Symbol('APP_CONFIG');
export const InjectConfig = () => Inject(APP_CONFIG);
