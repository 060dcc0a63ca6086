/**
 * Generated from the API's OpenAPI document (/api/docs.json) by `npm run openapi:generate`. Do not edit:
 * change the controllers' response DTOs and regenerate. CI (`npm run openapi:check`) fails when it is stale.
 */

export interface paths {
    "/api/access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AccessLogController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access-log/actors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AccessLogController_actors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access-log/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AccessLogController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access-log/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AccessLogController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AccessLogController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/mfa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_mfa"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}/second-factor/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SecondFactorReleaseController_release"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/csrf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InvitationsController_csrf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/inspect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["InvitationsController_inspect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["InvitationsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["InvitationsController_passwordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AdminController_users"];
        put?: never;
        post: operations["AdminController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/people/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AdminController_searchPeople"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["AdminController_update"];
        trace?: never;
    };
    "/api/admin/users/{id}/reset-second-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AdminController_resetSecondFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AdminController_organisations"];
        put?: never;
        post: operations["AdminController_createOrganisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["AdminController_updateOrganisation"];
        trace?: never;
    };
    "/api/cases/{id}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AdminController_assignments"];
        put: operations["AdminController_assign"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CasesController_list"];
        put?: never;
        post: operations["CasesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["CasesController_changeStatus"];
        trace?: never;
    };
    "/api/cases/{id}/client-reference": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["CasesController_setClientReference"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CasesController_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/special-file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SpecialFileController_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/break-glass": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SpecialFileController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/break-glass/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["BreakGlassController_lookup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/special-file/health-record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["SpecialFileWritesController_healthRecord"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/special-file/fml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SpecialFileWritesController_fml"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/special-file/occupational-assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SpecialFileWritesController_occupational"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/special-file/uwv-opinions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SpecialFileWritesController_uwv"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/special-file/fml-assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SpecialFileFormsController_fmlAssessment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/special-file/ad-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SpecialFileFormsController_adReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/special-file/uwv-decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SpecialFileFormsController_uwvDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/special-file/sickness-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SicknessEventsController_list"];
        put?: never;
        post: operations["SicknessEventsController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/special-file/sickness-events/{eventId}/retract": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SicknessEventsController_retract"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/special-file/extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WaitingPeriodExtensionsController_list"];
        put?: never;
        post: operations["WaitingPeriodExtensionsController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/special-file/extensions/{extensionId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["WaitingPeriodExtensionsController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MilestonesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/milestones/{milestoneId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["MilestonesController_complete"];
        trace?: never;
    };
    "/api/cases/{id}/progress-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ProgressReportsController_list"];
        put?: never;
        post: operations["ProgressReportsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/progress-reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["ProgressReportsController_update"];
        trace?: never;
    };
    "/api/cases/{id}/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ActivitiesController_list"];
        put?: never;
        post: operations["ActivitiesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/special-file/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DocumentsController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DocumentsController_content"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ProcessDocumentsController_list"];
        put?: never;
        post: operations["ProcessDocumentsController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["ProcessDocumentsController_share"];
        trace?: never;
    };
    "/api/privacy-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PrivacyRequestsController_list"];
        put?: never;
        post: operations["PrivacyRequestsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy-requests/{id}/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PrivacyRequestsController_extend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy-requests/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PrivacyRequestsController_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExportController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/export-deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExportController_ownDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/export-deliveries/{id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExportController_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy-requests/{id}/manifest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExportController_manifest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ConsentsController_list"];
        put?: never;
        post: operations["ConsentsController_give"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consents/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ConsentsController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/newsletter-recipients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["NewsletterRecipientsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/breaches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["BreachesController_list"];
        put?: never;
        post: operations["BreachesController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/breaches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["BreachesController_update"];
        trace?: never;
    };
    "/api/cases/{id}/legal-hold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["LegalHoldController_legalHold"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}/restriction/lift": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["LegalHoldController_liftRestriction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/retention/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RetentionController_run"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RemindersController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PrivacyCasesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PrivacyCasesController_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["RectificationController_rectify"];
        trace?: never;
    };
    "/api/privacy-requests/{id}/rectification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RectificationController_view"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RegisterController_register"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access-log/anomalies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AccessAnomaliesController_anomalies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access-log/break-glass/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AccessAnomaliesController_review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access-log/break-glass/{id}/breach": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AccessAnomaliesController_startBreach"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access-log/break-glass/{id}/follow-up/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AccessAnomaliesController_closeFollowUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/disclosures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DisclosuresController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/survey-export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DisclosuresController_survey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/worklists/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WorklistsController_milestones"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/worklists/draft-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WorklistsController_draftReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/worklists/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WorklistsController_assessments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description Stable identifier; clients translate this, not `message`
         * @enum {string}
         */
        ErrorCode: "VALIDATION_FAILED" | "MALFORMED_BODY" | "NOTHING_TO_CHANGE" | "UPLOAD_MALFORMED" | "PRIVACY_REQUEST_ALREADY_EXTENDED" | "NOT_AUTHENTICATED" | "LOGIN_INVALID" | "LOGIN_EXPIRED" | "SECOND_FACTOR_CODE_INVALID" | "SECOND_FACTOR_NOT_ENROLLED" | "FORBIDDEN" | "CSRF_TOKEN_INVALID" | "LOGIN_CROSS_SITE" | "NOT_FOUND" | "LINK_INVALID" | "EXPORT_DELIVERY_EXPIRED" | "CASE_STATUS_TRANSITION_INVALID" | "CASE_VERSION_STALE" | "CASE_CLOSED" | "REPORT_VERSION_STALE" | "REPORT_FINAL" | "REPORT_NOT_FINAL" | "BREACH_VERSION_STALE" | "KVK_NUMBER_TAKEN" | "EMAIL_TAKEN" | "OWN_ACCOUNT_PROTECTED" | "LAST_ADMIN" | "PERSON_HAS_ACCOUNT" | "PARTICIPANT_ROLE_FIXED" | "ROLE_HAS_NO_SECOND_FACTOR" | "BREAK_GLASS_NOT_NEEDED" | "BREAK_GLASS_BREACH_ALREADY_STARTED" | "BREAK_GLASS_FOLLOW_UP_CLOSED" | "PRIVACY_REQUEST_COMPLETED" | "EXPORT_NOT_APPLICABLE" | "PERSON_ERASED" | "CONSENT_ALREADY_WITHDRAWN" | "CONSENT_ALREADY_GIVEN" | "OBJECTION_ALREADY_RECORDED" | "OBJECTION_NOT_REFUSABLE" | "ERASURE_REFUSED" | "MILESTONE_NOT_COMPLETABLE" | "ALREADY_WITHDRAWN" | "SICKNESS_EVENTS_WOULD_CONFLICT" | "NO_SICKNESS_PERIOD" | "EXTENSION_ALREADY_ACTIVE" | "ERASURE_LEGAL_HOLD" | "ERASURE_RETENTION" | "BODY_TOO_LARGE" | "BODY_ENCODING_UNSUPPORTED" | "UPLOAD_TOO_LARGE" | "UPLOAD_TYPE_UNSUPPORTED" | "PROCESSING_RESTRICTED" | "TOO_MANY_ATTEMPTS" | "SECOND_FACTOR_LOCKED" | "JSON_REQUIRED" | "SERVICE_UNAVAILABLE" | "INTERNAL_ERROR";
        /**
         * @description What is wrong with the field
         * @enum {string}
         */
        FieldErrorCode: "REQUIRED" | "UNKNOWN_FIELD" | "INVALID_FORMAT" | "TOO_SHORT" | "TOO_LONG" | "TOO_SMALL" | "TOO_LARGE" | "OUT_OF_RANGE" | "TOO_MANY_ITEMS" | "NOT_ONE_OF" | "NOT_A_UUID" | "NOT_A_DATE" | "NOT_AN_EMAIL" | "NOT_A_WHOLE_NUMBER" | "NOT_A_BOOLEAN" | "NOT_A_LIST" | "NOT_A_KVK_NUMBER" | "NOT_A_PHONE_NUMBER" | "NOT_A_SIX_DIGIT_CODE" | "UNKNOWN_REFERENCE" | "DUPLICATE" | "INCOMPLETE" | "NOT_FOR_CASE_TYPE" | "NEEDS_LINKED_PERSON" | "DATE_IN_FUTURE" | "DATE_TOO_EARLY" | "DATE_TOO_LATE" | "PASSWORD_TOO_COMMON" | "PASSWORD_CONTAINS_EMAIL" | "PASSWORD_TOO_WEAK" | "PASSWORD_CONTAINS_PERSONAL_INFO" | "PASSWORD_PREDICTABLE_PATTERN" | "PASSWORD_CONTAINS_DATE" | "SECOND_FACTOR_CODE_MISMATCH" | "OUT_OF_ORDER" | "SICKNESS_NOT_RUNNING" | "SICKNESS_ALREADY_RUNNING" | "WRONG_RUBRIEK" | "NOT_ALLOWED_HERE" | "INCONSISTENT";
        ApiFieldErrorDto: {
            /** @description The field, as a path in the request (`person.email`, `rubrieken[2].number`) */
            field: string;
            /** @description What is wrong with the field */
            code: components["schemas"]["FieldErrorCode"];
            /** @description Values the text is built from (e.g. `max`) */
            params?: {
                [key: string]: string | number;
            };
        };
        /** @enum {string} */
        ErasureRefusalCode: "ERASURE_LEGAL_HOLD" | "ERASURE_RETENTION";
        ApiErasureRefusalReasonDto: {
            code: components["schemas"]["ErasureRefusalCode"];
            caseReference: string;
        };
        ApiErrorBodyDto: {
            /** @example 404 */
            statusCode: number;
            /** @description Stable identifier; clients translate this, not `message` */
            code: components["schemas"]["ErrorCode"];
            /** @description English, for operators; never quotes personal data */
            message: string | string[];
            /** @example Not Found */
            error: string;
            /** @description VALIDATION_FAILED: what is wrong with which field */
            fields?: components["schemas"]["ApiFieldErrorDto"][];
            /** @description REPORT_VERSION_STALE: the version the report has now */
            currentVersion?: number | null;
            /** @description TOO_MANY_ATTEMPTS: seconds until a new attempt is allowed (also Retry-After) */
            retryAfterSeconds?: number;
            /** @description ERASURE_REFUSED: every case that stands in the way */
            reasons?: components["schemas"]["ApiErasureRefusalReasonDto"][];
        };
        Object: Record<string, never>;
        /** @enum {string} */
        AccessOutcome: "allowed" | "denied";
        AccessEventViewDto: {
            id: string;
            /** Format: date-time */
            at: string;
            /** Format: uuid */
            actorId: string | null;
            actorName: string | null;
            actorRole: string;
            actorOrganisation: string | null;
            action: string;
            outcome: components["schemas"]["AccessOutcome"];
            /** Format: uuid */
            caseId: string | null;
            caseReference: string | null;
            /**
             * Format: uuid
             * @description The first of personIds
             */
            personId: string | null;
            personIds: string[];
            resource: string;
            resourceId: string | null;
            /** @description Field names, never values */
            fields: string[];
            purpose: string;
            breakGlass: boolean;
            requestId: string | null;
        };
        PagedAccessEventViewDto: {
            items: components["schemas"]["AccessEventViewDto"][];
            /** @description Number of matching items over all pages */
            total: number;
        };
        AccessLogActorDto: {
            /** Format: uuid */
            id: string;
            /** @description Null for an erased account */
            name: string | null;
            role: string;
            organisation: string | null;
        };
        VerificationFailureDto: {
            /** @description Position of the first event that does not verify */
            position: string;
            reason: string;
        };
        /** @enum {string} */
        AccessLogProblemCode: "EVENT_CHANGED" | "EVENT_REMOVED" | "EVENT_INSERTED" | "EVENT_BACKDATED" | "EVENT_MAC_INVALID" | "EVENT_MAC_MISSING" | "EVENT_MAC_KEY_UNKNOWN" | "EVENT_KEY_REUSED" | "SEAL_ALTERED" | "SEAL_CHAIN_BROKEN" | "SEAL_CHAIN_START" | "SEAL_ID_GAP" | "SEAL_RANGE_OVERLAP" | "SEAL_MAC_INVALID" | "SEAL_MAC_MISSING" | "SEAL_MAC_KEY_UNKNOWN" | "CUT_UNATTESTED" | "ANCHOR_FILE_MISSING" | "ANCHOR_INVALID" | "ANCHOR_SEAL_MISSING" | "ANCHOR_MISMATCH" | "ANCHOR_ROLLBACK";
        VerificationProblemDto: {
            code: components["schemas"]["AccessLogProblemCode"];
            /** @description e.g. `event 17`, `seal 3`, `events 1–30 (seal 1)` */
            position: string;
        };
        VerificationMacsDto: {
            /** @description Events whose MAC verified under a configured key */
            verified: number;
            /** @description MAC-less events from before MACs, vouched for by a later seal */
            legacy: number;
            /** @description Events under a retired master key, vouched for by a later seal */
            retiredKey: number;
        };
        VerificationAnchorsDto: {
            present: boolean;
            checked: number;
            newestSealId: string | null;
        };
        NewestSealDto: {
            id: string;
            toEventId: string;
            sealHash: string;
            /** Format: date-time */
            sealedAt: string;
        };
        AccessLogVerificationDto: {
            ok: boolean;
            checked: number;
            seals: number;
            unsealed: number;
            firstBad?: components["schemas"]["VerificationFailureDto"];
            /** @description Every problem in chain order (at most 100) */
            problems: components["schemas"]["VerificationProblemDto"][];
            macs: components["schemas"]["VerificationMacsDto"];
            anchors?: components["schemas"]["VerificationAnchorsDto"];
            newestSeal?: components["schemas"]["NewestSealDto"];
        };
        OwnAccessEventViewDto: {
            /** Format: date-time */
            at: string;
            /** @description null when it was the caller */
            actorName: string | null;
            actorRole: string;
            actorOrganisation: string | null;
            byYou: boolean;
            action: string;
            resource: string;
            caseReference: string | null;
            fields: string[];
            purpose: string;
            breakGlass: boolean;
        };
        PagedOwnAccessEventViewDto: {
            items: components["schemas"]["OwnAccessEventViewDto"][];
            /** @description Number of matching items over all pages */
            total: number;
        };
        /** @enum {string} */
        Role: "admin" | "privacy_officer" | "coach" | "labour_expert" | "client" | "participant";
        SessionUserDto: {
            /** Format: uuid */
            id: string;
            email: string;
            role: components["schemas"]["Role"];
            displayName: string;
            /**
             * Format: uuid
             * @description Client contacts: their organisation
             */
            organisationId?: string | null;
            /**
             * Format: uuid
             * @description Participants: the person their cases are about
             */
            personId?: string | null;
        };
        SessionResponseDto: {
            user: components["schemas"]["SessionUserDto"];
        };
        MfaRequiredResponseDto: {
            /**
             * @description Send the second factor to POST /api/auth/mfa; no session exists yet
             * @enum {number}
             */
            mfaRequired: true;
        };
        LoginDto: {
            /** @example coach@spoor.test */
            email: string;
            /** @example Spoor-demo-2026! */
            password: string;
        };
        MfaDto: {
            /**
             * @description The current 6-digit TOTP code
             * @example 123456
             */
            code: string;
        };
        CsrfIssuedResponseDto: {
            /** @description The token is in the csrf_token cookie */
            ok: boolean;
        };
        TokenDto: {
            token: string;
        };
        /** @enum {string} */
        InvitationPurpose: "invite" | "reset_password" | "reset_mfa";
        SecondFactorEnrolmentDto: {
            /** @description Base32 TOTP secret */
            secret: string | null;
            otpauthUrl: string;
            /** @description QR code of otpauthUrl as a data: URL */
            qrCode: string;
        };
        InvitationDetailsDto: {
            purpose: components["schemas"]["InvitationPurpose"];
            email: string;
            displayName: string;
            needsPassword: boolean;
            secondFactor: components["schemas"]["SecondFactorEnrolmentDto"] | null;
        };
        AcceptInvitationDto: {
            token: string;
            password?: string;
            code?: string;
        };
        PasswordResetDto: {
            email: string;
        };
        PasswordResetResponseDto: {
            message: string;
        };
        AdminUserViewDto: {
            /** Format: uuid */
            id: string;
            email: string;
            displayName: string;
            role: components["schemas"]["Role"];
            /** Format: uuid */
            organisationId: string | null;
            /** Format: uuid */
            personId: string | null;
            disabled: boolean;
            secondFactorEnrolled: boolean;
            passwordSet: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        PagedAdminUserViewDto: {
            items: components["schemas"]["AdminUserViewDto"][];
            /** @description Number of matching items over all pages */
            total: number;
        };
        CreateUserDto: {
            email: string;
            displayName: string;
            /** @enum {string} */
            role: "admin" | "privacy_officer" | "coach" | "labour_expert" | "client" | "participant";
            organisationId?: string;
            personId?: string;
        };
        SearchPeopleDto: {
            /**
             * @description Last name, first and last name, e-mail address or case reference (exact)
             * @example de Vries
             */
            q: string;
        };
        AdminPersonMatchDto: {
            /** Format: uuid */
            personId: string;
            /** @description First and last name */
            name: string;
            /** @description References of the person's cases */
            caseReferences: string[];
            /** @description Whether the person already has an account (one per person) */
            hasAccount: boolean;
        };
        PagedAdminPersonMatchDto: {
            items: components["schemas"]["AdminPersonMatchDto"][];
            /** @description Number of matching items over all pages */
            total: number;
        };
        UpdateUserDto: {
            /** @enum {string} */
            role?: "admin" | "privacy_officer" | "coach" | "labour_expert" | "client" | "participant";
            disabled?: boolean;
            organisationId?: string;
        };
        SecondFactorResetViewDto: {
            /** Format: uuid */
            id: string;
            secondFactorEnrolled: boolean;
        };
        OrganisationViewDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description KvK number (chamber of commerce) */
            kvkNumber: string;
            contactName: string | null;
            contactEmail: string | null;
            contactPhone: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        PagedOrganisationViewDto: {
            items: components["schemas"]["OrganisationViewDto"][];
            /** @description Number of matching items over all pages */
            total: number;
        };
        CreateOrganisationDto: {
            /** @example Acme Logistiek */
            name: string;
            /**
             * @description KvK-nummer: 8 digits
             * @example 12345678
             */
            kvkNumber: string;
            contactName?: Record<string, never> | null;
            contactEmail?: Record<string, never> | null;
            /** @example +31 30 123 4567 */
            contactPhone?: Record<string, never> | null;
        };
        UpdateOrganisationDto: {
            contactName?: Record<string, never> | null;
            contactEmail?: Record<string, never> | null;
            /** @example +31 30 123 4567 */
            contactPhone?: Record<string, never> | null;
            name?: string;
            /** @description KvK-nummer: 8 digits */
            kvkNumber?: string;
        };
        /** @enum {string} */
        AssignableRole: "coach" | "labour_expert";
        CaseAssignmentViewDto: {
            /** Format: uuid */
            id: string;
            role: components["schemas"]["AssignableRole"];
            /** Format: uuid */
            userId: string;
            userName: string;
            /** Format: date-time */
            assignedAt: string;
            /** Format: date-time */
            unassignedAt: string | null;
            /** Format: uuid */
            assignedBy: string | null;
        };
        PagedCaseAssignmentViewDto: {
            items: components["schemas"]["CaseAssignmentViewDto"][];
            /** @description Number of matching items over all pages */
            total: number;
        };
        AssignDto: {
            /** @enum {string} */
            role: "coach" | "labour_expert";
            /** @description The user to assign, or null to unassign */
            userId: Record<string, never> | null;
        };
        /** @enum {string} */
        CaseType: "reintegration_track1" | "reintegration_track2" | "outplacement" | "career_coaching";
        /** @enum {string} */
        CaseStatus: "intake" | "active" | "on_hold" | "completed" | "cancelled";
        /** @enum {string} */
        MilestoneKind: "problem_analysis" | "plan_of_approach" | "evaluation" | "uwv_sick_report" | "first_year_evaluation" | "second_track" | "uwv_wia_letter" | "occupational_physician_opinion" | "final_evaluation" | "employee_view" | "wia_application" | "waiting_period_end";
        NextMilestoneDto: {
            kind: components["schemas"]["MilestoneKind"];
            /** Format: date */
            dueDate: string;
        };
        CaseViewDto: {
            /** Format: uuid */
            id: string;
            /** @example RI-2026-0001 */
            reference?: string;
            type?: components["schemas"]["CaseType"];
            status?: components["schemas"]["CaseStatus"];
            /** Format: uuid */
            organisationId?: string;
            organisationName?: string;
            /** Format: uuid */
            personId?: string;
            /** @description null after an erasure */
            personName?: string | null;
            personEmail?: string | null;
            personPhone?: string | null;
            /** Format: date */
            personBirthDate?: string | null;
            personAddress?: string | null;
            /** @description The employer's own reference (personnel number, cost centre); null when none or after an erasure */
            clientReference?: string | null;
            /** Format: uuid */
            coachId?: string | null;
            coachName?: string | null;
            /** Format: uuid */
            labourExpertId?: string | null;
            labourExpertName?: string | null;
            /** Format: date */
            startDate?: string;
            /** Format: date */
            endDate?: string | null;
            /** Format: date-time */
            completedAt?: string | null;
            nextMilestone?: components["schemas"]["NextMilestoneDto"] | null;
            legalHold?: boolean;
            processingRestricted?: boolean;
            version?: number;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
        };
        PagedCaseViewDto: {
            items: components["schemas"]["CaseViewDto"][];
            /** @description Number of matching items over all pages */
            total: number;
        };
        NewPersonDto: {
            firstName: string;
            lastName: string;
            birthDate?: string;
            address?: string;
            email?: string;
            phone?: string;
        };
        CreateCaseDto: {
            /** @enum {string} */
            type: "reintegration_track1" | "reintegration_track2" | "outplacement" | "career_coaching";
            organisationId: string;
            /** @description An existing person; or give `person` to create one */
            personId?: string;
            person?: components["schemas"]["NewPersonDto"];
            coachId?: string;
            labourExpertId?: string;
            /** @example 2026-12-01 */
            startDate: string;
            endDate?: string;
            /**
             * @description The employer's own reference for the case (a personnel number, a cost centre); shown to the client contact
             * @example P-10234
             */
            clientReference?: string;
        };
        ChangeStatusDto: {
            /** @enum {string} */
            status: "intake" | "active" | "on_hold" | "completed" | "cancelled";
            /** @description The version of the case you read; a stale version gets 409 */
            version: number;
        };
        SetClientReferenceDto: {
            /**
             * @description The employer's own reference for the case (a personnel number, a cost centre); shown to the client contact; null removes it
             * @example P-10234
             */
            clientReference: string | null;
            /** @description The version of the case you read; a stale version gets 409 */
            version: number;
        };
        /** @enum {string} */
        MilestoneState: "done" | "due" | "overdue";
        PoortwachterMilestoneDto: {
            kind: components["schemas"]["MilestoneKind"];
            sequence: number;
            /** @description Statutory week of illness */
            week: number;
            /** Format: date */
            dueDate: string;
            state: components["schemas"]["MilestoneState"];
        };
        /** @enum {string} */
        FmlCapacity: "normal" | "limited" | "severely_limited";
        FmlItemDto: {
            /** @example 4.5 */
            code: string;
            capacity: components["schemas"]["FmlCapacity"];
        };
        FmlRubriekDto: {
            /** @enum {number} */
            number: 1 | 2 | 3 | 4 | 5 | 6;
            capacity: components["schemas"]["FmlCapacity"];
            items: components["schemas"]["FmlItemDto"][];
            /** @description Rubriek 6 (working hours), when limited */
            hoursPerDay?: number;
        };
        FmlAssessmentViewDto: {
            /** Format: uuid */
            id: string;
            /** Format: date */
            assessedOn: string;
            /** @description Absent in the coach’s capacities view */
            assessor?: string;
            rubrieken: components["schemas"]["FmlRubriekDto"][];
            notes?: string | null;
        };
        FmlFormAssessmentViewDto: {
            /** Format: uuid */
            id: string;
            /** Format: date */
            assessedOn: string;
            /** @description FmlAssessment (libs/domain/src/fml); rubriek_only when migrated */
            assessment: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            recordedAt: string;
        };
        OccupationalAssessmentViewDto: {
            /** Format: uuid */
            id: string;
            /** Format: date */
            reportDate: string;
            conclusionOwnWork?: string;
            suitableWork: string;
            advice?: string;
        };
        /** @enum {string} */
        UwvOpinionKind: "expert_opinion" | "wia_decision" | "reintegration_assessment";
        UwvOpinionViewDto: {
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["UwvOpinionKind"];
            /** Format: date */
            opinionDate: string;
            outcome: string;
        };
        AdReportViewDto: {
            /** Format: uuid */
            id: string;
            /** Format: date */
            reportedOn: string;
            /** @description AdReport (libs/domain/src/fml) */
            report: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            recordedAt: string;
        };
        UwvDecisionViewDto: {
            /** Format: uuid */
            id: string;
            /** @description UwvDecision (libs/domain/src/fml) */
            decision: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            recordedAt: string;
        };
        /** @enum {string} */
        HealthDocumentKind: "fml" | "occupational_assessment" | "uwv_opinion" | "other_health";
        HealthDocumentViewDto: {
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["HealthDocumentKind"];
            filename: string;
            contentType: string;
            sizeBytes: number;
            /** Format: date-time */
            uploadedAt: string;
            /** @example /api/documents/…/content */
            href: string;
        };
        SpecialFileFullDto: {
            /** Format: uuid */
            caseId: string;
            /** @enum {string} */
            scope: "full";
            /** Format: date */
            firstSickDay: string | null;
            prognosis: string | null;
            poortwachter: components["schemas"]["PoortwachterMilestoneDto"][];
            fml: components["schemas"]["FmlAssessmentViewDto"][];
            fmlAssessments: components["schemas"]["FmlFormAssessmentViewDto"][];
            occupationalAssessments: components["schemas"]["OccupationalAssessmentViewDto"][];
            uwvOpinions: components["schemas"]["UwvOpinionViewDto"][];
            adReports: components["schemas"]["AdReportViewDto"][];
            uwvDecisions: components["schemas"]["UwvDecisionViewDto"][];
            documents: components["schemas"]["HealthDocumentViewDto"][];
        };
        CoachCapacitiesViewDto: {
            /** Format: date */
            assessedOn: string;
            /** @description CoachCapacities (libs/domain/src/fml): structured, no free text */
            capacities: {
                [key: string]: unknown;
            };
        };
        SpecialFileCapacitiesDto: {
            /** Format: uuid */
            caseId: string;
            /** @enum {string} */
            scope: "capacities";
            fml: components["schemas"]["FmlAssessmentViewDto"][];
            capacities: components["schemas"]["CoachCapacitiesViewDto"] | null;
            /** @description AdReportCoachView of the newest AD report */
            adReport: {
                [key: string]: unknown;
            } | null;
        };
        BreakGlassDto: {
            /** @example Participant called in distress; assigned expert unreachable */
            reason: string;
        };
        BreakGlassGrantViewDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            caseId: string;
            /** Format: date-time */
            expiresAt: string;
        };
        BreakGlassLookupDto: {
            /** @example RI-2026-0001 */
            reference: string;
        };
        BreakGlassLookupResultDto: {
            /**
             * Format: uuid
             * @description The case to break the glass on; nothing else
             */
            caseId: string;
        };
        HealthRecordDto: {
            /** @example 2026-03-02 */
            firstSickDay?: string;
            prognosis?: string;
        };
        HealthRecordViewDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            caseId: string;
            /** Format: date */
            firstSickDay: string | null;
            prognosis: string | null;
        };
        FmlDto: {
            assessedOn: string;
            assessor: string;
            /** @description The six FML rubrieken (libs/domain FmlRubriek) */
            rubrieken: string[];
            notes?: string;
        };
        SpecialFileEntryCreatedDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            caseId: string;
        };
        OccupationalAssessmentDto: {
            reportDate: string;
            conclusionOwnWork: string;
            suitableWork: string;
            advice: string;
        };
        UwvOpinionDto: {
            /** @enum {string} */
            kind: "expert_opinion" | "wia_decision" | "reintegration_assessment";
            opinionDate: string;
            outcome: string;
        };
        FmlAssessmentInputDto: {
            /**
             * Format: date
             * @example 2026-11-01
             */
            assessedOn: string;
            /** @description FmlAssessment, level 'items', formVersion 'fml-2015' */
            assessment: {
                [key: string]: unknown;
            };
        };
        AdReportInputDto: {
            /**
             * Format: date
             * @example 2026-11-10
             */
            reportedOn: string;
            /** @description AdReport (libs/domain/src/fml/ad-report.ts) */
            report: {
                [key: string]: unknown;
            };
        };
        UwvDecisionInputDto: {
            /** @description UwvDecision: wia_decision, loonsanctie or expert_opinion */
            decision: {
                [key: string]: unknown;
            };
        };
        /** @enum {string} */
        SicknessEventKind: "sick" | "partial_recovery" | "recovery";
        SicknessEventViewDto: {
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["SicknessEventKind"];
            /** Format: date */
            date: string;
            /** Format: date-time */
            recordedAt: string;
            /** Format: date-time */
            retractedAt?: string | null;
            retractReason?: string | null;
        };
        /** @enum {string} */
        SicknessPeriodStatus: "running" | "recovered" | "closed";
        SicknessPeriodViewDto: {
            sequence: number;
            /** Format: date */
            firstSickDay: string;
            status: components["schemas"]["SicknessPeriodStatus"];
            healthyDaysExcluded: number;
            /** Format: date */
            relapseAddsUpUntil: string | null;
        };
        SicknessEventsViewDto: {
            items: components["schemas"]["SicknessEventViewDto"][];
            total: number;
            periods: components["schemas"]["SicknessPeriodViewDto"][];
        };
        SicknessEventDto: {
            kind: components["schemas"]["SicknessEventKind"];
            /**
             * Format: date
             * @description For a recovery: the first healthy day
             * @example 2026-03-02
             */
            date: string;
        };
        WithdrawalDto: {
            /** @description Why it was wrong or no longer applies */
            reason: string;
        };
        /** @enum {string} */
        WaitingPeriodExtensionKind: "loonsanctie" | "voluntary_extension" | "early_iva";
        WaitingPeriodExtensionViewDto: {
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["WaitingPeriodExtensionKind"];
            periodSequence: number;
            weeks: number | null;
            /** Format: date */
            startsOn: string | null;
            /** Format: date */
            agreedEnd: string | null;
            /** Format: date */
            agreedOn: string | null;
            /** Format: date */
            appliedOn: string | null;
            /** Format: date */
            grantedWaitingPeriodEnd: string | null;
            /** Format: uuid */
            decisionDocumentId: string | null;
            /** Format: date-time */
            recordedAt: string;
            /** Format: date-time */
            withdrawnAt: string | null;
            withdrawReason: string | null;
        };
        LoonsanctieSpanDto: {
            /** Format: date */
            startsOn: string;
            /** Format: date */
            endsOn: string;
            weeks: number;
        };
        WaitingPeriodEndDto: {
            /** Format: date */
            regularEnd: string;
            /** Format: date */
            applicationEnd: string;
            /** Format: date */
            end: string;
            loonsanctie: components["schemas"]["LoonsanctieSpanDto"] | null;
            /** Format: date */
            voluntaryUntil: string | null;
            /** Format: date */
            earlyIvaEnd: string | null;
        };
        WaitingPeriodExtensionsViewDto: {
            items: components["schemas"]["WaitingPeriodExtensionViewDto"][];
            total: number;
            waitingPeriodEnd: components["schemas"]["WaitingPeriodEndDto"] | null;
        };
        WaitingPeriodExtensionDto: {
            kind: components["schemas"]["WaitingPeriodExtensionKind"];
            /** @description loonsanctie: weeks imposed by UWV */
            weeks?: number;
            /**
             * Format: date
             * @description loonsanctie: first day, the day after the waiting period would end
             * @example 2028-01-03
             */
            startsOn?: string;
            /**
             * Format: date
             * @description voluntary_extension: the agreed last day of the waiting period
             * @example 2028-01-03
             */
            agreedEnd?: string;
            /**
             * Format: date
             * @description voluntary_extension: the day it was agreed (not in the future)
             * @example 2028-01-03
             */
            agreedOn?: string;
            /**
             * Format: date
             * @description early_iva: the day the employee applied (not in the future)
             * @example 2028-01-03
             */
            appliedOn?: string;
            /**
             * Format: date
             * @description early_iva: the last day of the waiting period as UWV granted it
             * @example 2028-01-03
             */
            grantedWaitingPeriodEnd?: string;
            /**
             * Format: uuid
             * @description A health document of the person: the decision
             */
            decisionDocumentId?: string;
        };
        /** @enum {string} */
        TimelineMilestoneState: "done" | "due" | "overdue" | "upcoming" | "info" | "suspended" | "lapsed";
        /**
         * @description Who must act
         * @enum {string}
         */
        MilestoneActor: "employer" | "employee" | "occupational_physician" | "uwv";
        CaseMilestoneViewDto: {
            /**
             * Format: uuid
             * @description Stable per case, kind, sequence and sickness period
             */
            id: string;
            kind: components["schemas"]["MilestoneKind"];
            /** @description 1-based for the repeating evaluations; 0 otherwise */
            sequence: number;
            /** Format: date */
            dueDate: string;
            /** Format: date */
            completedOn: string | null;
            state: components["schemas"]["TimelineMilestoneState"];
            /** @description Who must act */
            actor: components["schemas"]["MilestoneActor"];
            /** @description Why the date is what it is: a MilestoneBasis of libs/domain (discriminated on `rule`); null for the client where it would reveal health data */
            basis: {
                [key: string]: unknown;
            } | null;
            /** @description What proves it done (recorded in this case); null for the client */
            evidence: ({
                /** Format: uuid */
                reportId: string;
            } | {
                /** Format: uuid */
                documentId: string;
            } | {
                /** Format: uuid */
                activityId: string;
            }) | null;
        };
        PagedCaseMilestoneViewDto: {
            items: components["schemas"]["CaseMilestoneViewDto"][];
            /** @description Number of matching items over all pages */
            total: number;
        };
        MilestoneEvidenceDto: {
            /**
             * Format: uuid
             * @description A progress report of the case
             */
            reportId?: string;
            /**
             * Format: uuid
             * @description A process document of the case
             */
            documentId?: string;
            /**
             * Format: uuid
             * @description An activity of the case
             */
            activityId?: string;
        };
        MilestoneCompletionDto: {
            /**
             * Format: date
             * @description The day it was done (Europe/Amsterdam, not in the future); null undoes it (with a reason)
             */
            completedOn: string | null;
            evidence?: components["schemas"]["MilestoneEvidenceDto"];
            /** @description Why it is undone: required with completedOn null */
            reason?: string;
        };
        /** @enum {string} */
        ProgressReportStatus: "draft" | "final";
        ProgressReportViewDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            caseId: string;
            title: string;
            body: string;
            status: components["schemas"]["ProgressReportStatus"];
            /** Format: date */
            periodStart: string | null;
            /** Format: date */
            periodEnd: string | null;
            /** Format: uuid */
            correctsReportId: string | null;
            /** Format: uuid */
            authorId: string;
            authorName: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: date-time */
            finalisedAt: string | null;
            /** @description What the client may read once released; never health data */
            clientSummary: string | null;
            releasedToClient: boolean;
        };
        ParticipantProgressReportViewDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            caseId: string;
            title: string;
            body: string;
            status: components["schemas"]["ProgressReportStatus"];
            /** Format: date */
            periodStart: string | null;
            /** Format: date */
            periodEnd: string | null;
            /** Format: uuid */
            correctsReportId: string | null;
            /** Format: uuid */
            authorId: string;
            authorName: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: date-time */
            finalisedAt: string | null;
        };
        ClientProgressReportViewDto: {
            /** Format: uuid */
            id: string;
            /** Format: date */
            periodStart: string | null;
            /** Format: date */
            periodEnd: string | null;
            /** Format: date-time */
            finalisedAt: string | null;
            clientSummary: string | null;
        };
        PagedProgressReportListDto: {
            items: (components["schemas"]["ProgressReportViewDto"] | components["schemas"]["ParticipantProgressReportViewDto"] | components["schemas"]["ClientProgressReportViewDto"])[];
            total: number;
        };
        CreateProgressReportDto: {
            /** @example Voortgang oktober */
            title: string;
            body: string;
            /** @description The part the client (employer) may read once released */
            clientSummary?: string;
            /** @example 2026-10-01 */
            periodStart?: string;
            /** @description Makes this report the correction of a final report of the same case */
            correctsReportId?: string;
            /** @example 2026-10-31 */
            periodEnd?: string;
        };
        UpdateProgressReportDto: {
            /** @description The version you read; a stale version gets 409 and nothing is overwritten */
            version: number;
            title?: string;
            body?: string;
            clientSummary?: string;
            /**
             * @description final makes the report visible to the participant; final is final
             * @enum {string}
             */
            status?: "draft" | "final";
            /** @description Release the client summary to the client (final reports only) */
            releasedToClient?: boolean;
        };
        /** @enum {string} */
        ActivityKind: "coaching_session" | "assessment" | "test" | "training" | "application" | "workplace_visit" | "network_meeting" | "other";
        ActivityViewDto: {
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["ActivityKind"];
            /** Format: date */
            occurredOn: string;
            durationMinutes: number | null;
            /** @description The coach’s working notes; absent for the participant */
            notes?: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        PagedActivityViewDto: {
            items: components["schemas"]["ActivityViewDto"][];
            /** @description Number of matching items over all pages */
            total: number;
        };
        CreateActivityDto: {
            /** @enum {string} */
            kind: "coaching_session" | "assessment" | "test" | "training" | "application" | "workplace_visit" | "network_meeting" | "other";
            /** @example 2026-11-20 */
            occurredOn: string;
            durationMinutes?: number;
            notes?: string;
        };
        CreatedActivityViewDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            caseId: string;
            kind: components["schemas"]["ActivityKind"];
            /** Format: date */
            occurredOn: string;
            durationMinutes: number | null;
            notes: string | null;
            /** Format: uuid */
            createdBy: string;
            /** Format: date-time */
            createdAt?: string;
        };
        UploadedDocumentViewDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            caseId: string;
            /** @description The kind given with the upload */
            kind: string;
            /** @description Detected from the content, not the name */
            contentType: string;
            sizeBytes: number;
            /** @example /api/documents/…/content */
            href: string;
        };
        /** @enum {string} */
        ProcessDocumentKind: "plan_of_approach" | "problem_analysis" | "cv" | "agreement" | "report" | "other";
        ProcessDocumentViewDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            caseId: string;
            kind: components["schemas"]["ProcessDocumentKind"];
            filename: string;
            /** @description Detected from the content, not the name */
            contentType: string;
            sizeBytes: number;
            sharedWithParticipant: boolean;
            /** Format: date-time */
            uploadedAt: string;
            /** @example /api/documents/…/content */
            href: string;
        };
        ProcessDocumentListDto: {
            items: components["schemas"]["ProcessDocumentViewDto"][];
            total: number;
        };
        ShareProcessDocumentDto: {
            /** @description Whether the participant sees the document in their portal */
            sharedWithParticipant: boolean;
        };
        CreatePrivacyRequestDto: {
            /** @enum {string} */
            type: "access" | "rectification" | "erasure" | "restriction" | "portability" | "objection";
            /**
             * @description Objection only: the processing objected to; such an objection takes effect when it is recorded
             * @enum {string}
             */
            purpose?: "satisfaction_survey";
            details?: string;
            /** @description Privacy officer only: the person the request is about */
            personId?: string;
        };
        /** @enum {string} */
        PrivacyRequestType: "access" | "rectification" | "erasure" | "restriction" | "portability" | "objection";
        /**
         * @description An objection to this processing on legitimate interest; null for other requests
         * @enum {string}
         */
        ObjectionPurpose: "satisfaction_survey";
        /** @enum {string} */
        PrivacyRequestStatus: "received" | "extended" | "completed";
        /** @enum {string} */
        PrivacyRequestOutcome: "granted" | "partially_granted" | "refused";
        /**
         * @description Rectification requests only: the fields corrected under the request (names, never values)
         * @enum {string}
         */
        RectifiableField: "firstName" | "lastName" | "birthDate" | "address" | "email" | "phone";
        /**
         * @description Rectification requests only: why it was completed without a correction
         * @enum {string}
         */
        RectificationReasonCode: "no_change_needed" | "inaccuracy_not_shown" | "identity_not_verified" | "manifestly_unfounded";
        PrivacyRequestViewDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            personId: string;
            type: components["schemas"]["PrivacyRequestType"];
            /** @description An objection to this processing on legitimate interest; null for other requests */
            purpose: components["schemas"]["ObjectionPurpose"] | null;
            status: components["schemas"]["PrivacyRequestStatus"];
            details: string | null;
            /** Format: date-time */
            receivedAt: string;
            /**
             * Format: date-time
             * @description One calendar month after receipt, or later when extended
             */
            dueAt: string;
            overdue: boolean;
            /** Format: date-time */
            extendedAt: string | null;
            extensionReason: string | null;
            /** Format: date-time */
            completedAt: string | null;
            outcome: components["schemas"]["PrivacyRequestOutcome"] | null;
            completionNote: string | null;
            /** @description Rectification requests only: the fields corrected under the request (names, never values) */
            correctedFields?: components["schemas"]["RectifiableField"][];
            /** @description Rectification requests only: why it was completed without a correction */
            outcomeReason?: components["schemas"]["RectificationReasonCode"] | null;
            version: number;
        };
        PagedPrivacyRequestViewDto: {
            items: components["schemas"]["PrivacyRequestViewDto"][];
            /** @description Number of matching items over all pages */
            total: number;
        };
        ExtendPrivacyRequestDto: {
            reason: string;
            /** @description New due date; at most three months after receipt (default: exactly that) */
            dueAt?: string;
        };
        CompletePrivacyRequestDto: {
            /** @enum {string} */
            outcome: "granted" | "partially_granted" | "refused";
            note: string;
            /** @description Rectification only: why nothing was corrected (required with outcome refused) */
            reasonCode?: components["schemas"]["RectificationReasonCode"];
        };
        ErasureSummaryDto: {
            cases: number;
            progressReports: number;
            activities: number;
            documents: number;
            specialRecords: number;
            keysDestroyed: number;
        };
        /** @enum {string} */
        ExportDeliveryStatus: "awaiting_account" | "available" | "downloaded" | "expired";
        ExportDeliveryViewDto: {
            /** Format: uuid */
            id: string;
            status: components["schemas"]["ExportDeliveryStatus"];
            /** Format: date-time */
            preparedAt: string;
            /**
             * Format: date-time
             * @description Null while awaiting an account
             */
            availableAt: string | null;
            /** Format: date-time */
            expiresAt: string | null;
            /**
             * Format: date-time
             * @description First download
             */
            downloadedAt: string | null;
            /** Format: date-time */
            lastDownloadedAt: string | null;
            downloadCount: number;
        };
        CompletedPrivacyRequestViewDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            personId: string;
            type: components["schemas"]["PrivacyRequestType"];
            /** @description An objection to this processing on legitimate interest; null for other requests */
            purpose: components["schemas"]["ObjectionPurpose"] | null;
            status: components["schemas"]["PrivacyRequestStatus"];
            details: string | null;
            /** Format: date-time */
            receivedAt: string;
            /**
             * Format: date-time
             * @description One calendar month after receipt, or later when extended
             */
            dueAt: string;
            overdue: boolean;
            /** Format: date-time */
            extendedAt: string | null;
            extensionReason: string | null;
            /** Format: date-time */
            completedAt: string | null;
            outcome: components["schemas"]["PrivacyRequestOutcome"] | null;
            completionNote: string | null;
            /** @description Rectification requests only: the fields corrected under the request (names, never values) */
            correctedFields?: components["schemas"]["RectifiableField"][];
            /** @description Rectification requests only: why it was completed without a correction */
            outcomeReason?: components["schemas"]["RectificationReasonCode"] | null;
            version: number;
            /** @description A granted erasure: what was removed */
            erasure?: components["schemas"]["ErasureSummaryDto"];
            /** @description A granted restriction: how many cases were frozen */
            restrictedCases?: number;
            /** @description A granted access or portability request: the export delivered to the person */
            exportDelivery?: components["schemas"]["ExportDeliveryViewDto"];
        };
        ExportedPersonaliaDto: {
            firstName: string;
            lastName: string;
            /** Format: date */
            birthDate: string | null;
            address: string | null;
            email: string | null;
            phone: string | null;
        };
        ExportedClientSummaryDto: {
            /** Format: uuid */
            reportId: string;
            /** @description The organisation it was released to */
            recipient: string;
            /** Format: date */
            periodStart: string | null;
            /** Format: date */
            periodEnd: string | null;
            /** Format: date-time */
            finalisedAt: string | null;
            clientSummary: string;
        };
        ExportedActivityDto: {
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["ActivityKind"];
            /** Format: date */
            occurredOn: string;
            durationMinutes: number | null;
            /** Format: date-time */
            createdAt: string;
        };
        ExportedProcessDocumentDto: {
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["ProcessDocumentKind"];
            filename: string;
            contentType: string;
            sizeBytes: number;
            href: string;
        };
        ExportedCaseDto: {
            /** Format: uuid */
            id: string;
            /** @example RI-2026-0001 */
            reference?: string;
            type?: components["schemas"]["CaseType"];
            status?: components["schemas"]["CaseStatus"];
            /** Format: uuid */
            organisationId?: string;
            organisationName?: string;
            /** Format: uuid */
            personId?: string;
            /** @description null after an erasure */
            personName?: string | null;
            personEmail?: string | null;
            personPhone?: string | null;
            /** Format: date */
            personBirthDate?: string | null;
            personAddress?: string | null;
            /** @description The employer's own reference (personnel number, cost centre); null when none or after an erasure */
            clientReference?: string | null;
            /** Format: uuid */
            coachId?: string | null;
            coachName?: string | null;
            /** Format: uuid */
            labourExpertId?: string | null;
            labourExpertName?: string | null;
            /** Format: date */
            startDate?: string;
            /** Format: date */
            endDate?: string | null;
            /** Format: date-time */
            completedAt?: string | null;
            nextMilestone?: components["schemas"]["NextMilestoneDto"] | null;
            legalHold?: boolean;
            processingRestricted?: boolean;
            version?: number;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
            progressReports: (components["schemas"]["ProgressReportViewDto"] | components["schemas"]["ParticipantProgressReportViewDto"] | components["schemas"]["ClientProgressReportViewDto"])[];
            /** @description Released to the employer */
            clientSummaries: components["schemas"]["ExportedClientSummaryDto"][];
            activities: components["schemas"]["ExportedActivityDto"][];
            processDocuments: components["schemas"]["ExportedProcessDocumentDto"][];
            specialFile: (components["schemas"]["SpecialFileCapacitiesDto"] | components["schemas"]["SpecialFileFullDto"]) | null;
        };
        ExportedAccessEventDto: {
            /** Format: date-time */
            at: string;
            /** @description null when it was the person themselves */
            actorName: string | null;
            actorRole: string;
            actorOrganisation: string | null;
            byYou: boolean;
            action: string;
            resource: string;
            caseReference: string | null;
            fields: string[];
            purpose: string;
            breakGlass: boolean;
        };
        ExportedDisclosureDto: {
            recipient: string;
            fields: string[];
            legalBasis: string;
            /** Format: date-time */
            disclosedAt: string;
        };
        ExportedConsentDto: {
            /** Format: uuid */
            id: string;
            purpose: string;
            /** Format: date-time */
            givenAt: string;
            /** Format: date-time */
            withdrawnAt: string | null;
        };
        ExportedPrivacyRequestDto: {
            /** Format: uuid */
            id: string;
            type: components["schemas"]["PrivacyRequestType"];
            status: components["schemas"]["PrivacyRequestStatus"];
            /** Format: date-time */
            receivedAt: string;
            /** Format: date-time */
            dueAt: string;
            /** Format: date-time */
            completedAt: string | null;
            outcome: components["schemas"]["PrivacyRequestOutcome"] | null;
        };
        ExportedFileDto: {
            /** @description Path inside the package */
            path: string;
            /** Format: uuid */
            documentId: string;
            caseReference: string;
            /** @enum {string} */
            file: "process" | "special";
            kind: string;
            filename: string;
            contentType: string;
            sizeBytes: number;
            /** @description SHA-256 of the file, hex */
            sha256: string;
        };
        PersonalDataExportDto: {
            /** @example spoor-export/v2 */
            format: string;
            /** Format: date-time */
            exportedAt: string;
            personalia: components["schemas"]["ExportedPersonaliaDto"];
            cases: components["schemas"]["ExportedCaseDto"][];
            accessLog: components["schemas"]["ExportedAccessEventDto"][];
            disclosures: components["schemas"]["ExportedDisclosureDto"][];
            consents: components["schemas"]["ExportedConsentDto"][];
            privacyRequests: components["schemas"]["ExportedPrivacyRequestDto"][];
            /** @description How to fetch the documents themselves */
            documents: string;
            /** @description The package (ZIP) only: the files in it */
            files?: components["schemas"]["ExportedFileDto"][];
        };
        OwnExportDeliveryViewDto: {
            /** Format: uuid */
            id: string;
            status: components["schemas"]["ExportDeliveryStatus"];
            /** Format: date-time */
            preparedAt: string;
            /**
             * Format: date-time
             * @description Null while awaiting an account
             */
            availableAt: string | null;
            /** Format: date-time */
            expiresAt: string | null;
            /**
             * Format: date-time
             * @description First download
             */
            downloadedAt: string | null;
            /** Format: date-time */
            lastDownloadedAt: string | null;
            downloadCount: number;
            /** Format: uuid */
            requestId: string;
            requestType: components["schemas"]["PrivacyRequestType"];
        };
        OwnExportDeliveriesDto: {
            items: components["schemas"]["OwnExportDeliveryViewDto"][];
        };
        /** @enum {string} */
        ExportManifestSection: "personalia" | "cases" | "progressReports" | "clientSummaries" | "activities" | "processDocuments" | "specialFile" | "healthDocuments" | "accessLog" | "disclosures" | "consents" | "privacyRequests";
        ExportManifestEntryDto: {
            section: components["schemas"]["ExportManifestSection"];
            items: number;
            /** @description JSON size of the section plus the files it lists */
            bytes: number;
        };
        ExportManifestViewDto: {
            /** Format: uuid */
            requestId: string;
            requestType: components["schemas"]["PrivacyRequestType"];
            personHasAccount: boolean;
            /** Format: date-time */
            countedAt: string;
            sections: components["schemas"]["ExportManifestEntryDto"][];
            totalBytes: number;
            delivery: components["schemas"]["ExportDeliveryViewDto"] | null;
        };
        /**
         * @description Why the consent no longer counts; purpose_retired: ended by Spoor when the purpose was retired
         * @enum {string}
         */
        ConsentEndReason: "withdrawn" | "purpose_retired" | "duplicate";
        ConsentViewDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            personId: string;
            purpose: string;
            /** Format: date-time */
            givenAt: string;
            /** Format: uuid */
            givenBy: string;
            /** Format: date-time */
            withdrawnAt: string | null;
            /** Format: uuid */
            withdrawnBy: string | null;
            /** @description Why the consent no longer counts; purpose_retired: ended by Spoor when the purpose was retired */
            endReason: components["schemas"]["ConsentEndReason"] | null;
        };
        PagedConsentViewDto: {
            items: components["schemas"]["ConsentViewDto"][];
            /** @description Number of matching items over all pages */
            total: number;
        };
        CreateConsentDto: {
            /**
             * @example newsletter
             * @enum {string}
             */
            purpose: "newsletter";
        };
        NewsletterRecipientViewDto: {
            /** Format: uuid */
            personId: string;
            name: string;
            email: string;
            /** Format: date-time */
            consentGivenAt: string;
        };
        PagedNewsletterRecipientViewDto: {
            items: components["schemas"]["NewsletterRecipientViewDto"][];
            /** @description Number of matching items over all pages */
            total: number;
        };
        BreachUpdateDto: {
            /** Format: date-time */
            at: string;
            /** Format: uuid */
            by: string;
            fields: string[];
        };
        BreachViewDto: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            discoveredAt: string;
            /**
             * Format: date-time
             * @description Discovery + 72 hours
             */
            notifyAuthorityBy: string;
            overdue: boolean;
            nature: string;
            categoriesOfPeople: string[];
            approximatePeople: number | null;
            categoriesOfRecords: string[];
            approximateRecords: number | null;
            likelyConsequences: string | null;
            measures: string | null;
            contact: string | null;
            /** Format: date-time */
            authorityNotifiedAt: string | null;
            /** Format: date-time */
            peopleNotifiedAt: string | null;
            /** Format: uuid */
            registeredBy: string;
            updates: components["schemas"]["BreachUpdateDto"][];
            version: number;
        };
        PagedBreachViewDto: {
            items: components["schemas"]["BreachViewDto"][];
            /** @description Number of matching items over all pages */
            total: number;
        };
        BreachDto: {
            discoveredAt: string;
            nature: string;
            categoriesOfPeople?: string[];
            approximatePeople?: number;
            categoriesOfRecords?: string[];
            approximateRecords?: number;
            likelyConsequences?: string;
            measures?: string;
            contact?: string;
        };
        UpdateBreachDto: {
            version: number;
            nature?: string;
            categoriesOfPeople?: string[];
            approximatePeople?: number;
            categoriesOfRecords?: string[];
            approximateRecords?: number;
            likelyConsequences?: string;
            measures?: string;
            contact?: string;
            authorityNotifiedAt?: string;
            peopleNotifiedAt?: string;
        };
        LegalHoldDto: {
            hold: boolean;
            /** @description Required when placing a hold */
            reason?: string;
        };
        LegalHoldViewDto: {
            /**
             * Format: uuid
             * @description The case
             */
            id: string;
            legalHold: boolean;
            reason: string | null;
            /** Format: uuid */
            by: string | null;
            /** Format: date-time */
            at: string | null;
        };
        RestrictionLiftedViewDto: {
            /** Format: uuid */
            personId: string;
            restrictedCases: number;
        };
        RetentionRunDto: {
            /** @default true */
            dryRun: boolean;
        };
        ProgrammeRetentionDto: {
            rule: string;
            people: number;
            cases: number;
            erased: number;
            keptForLegalHold: number;
        };
        FiscalRetentionDto: {
            rule: string;
            people: number;
            note: string;
        };
        AccessLogRetentionDto: {
            rule: string;
            note: string;
        };
        RetentionCategoriesDto: {
            programme: components["schemas"]["ProgrammeRetentionDto"];
            fiscal: components["schemas"]["FiscalRetentionDto"];
            accessLog: components["schemas"]["AccessLogRetentionDto"];
        };
        RetentionRunResultDto: {
            dryRun: boolean;
            categories: components["schemas"]["RetentionCategoriesDto"];
        };
        RemindersViewDto: {
            requestsDueSoon: number;
            requestsOverdue: number;
            breachesToNotify: number;
            breachesOverdue: number;
            breakGlassToReview: number;
            breakGlassFollowUps: number;
            milestonesDueSoon: number;
            milestonesOverdue: number;
        };
        PrivacyCaseViewDto: {
            /** Format: uuid */
            id: string;
            reference: string;
            type: components["schemas"]["CaseType"];
            status: components["schemas"]["CaseStatus"];
            organisationName: string;
            /** Format: uuid */
            personId: string;
            /** Format: date */
            startDate: string;
            /** Format: date */
            endDate: string | null;
            /** Format: date-time */
            completedAt: string | null;
            legalHold: boolean;
            processingRestricted: boolean;
        };
        PagedPrivacyCaseViewDto: {
            items: components["schemas"]["PrivacyCaseViewDto"][];
            /** @description Number of matching items over all pages */
            total: number;
        };
        PrivacyCaseDetailViewDto: {
            /** Format: uuid */
            id: string;
            reference: string;
            type: components["schemas"]["CaseType"];
            status: components["schemas"]["CaseStatus"];
            organisationName: string;
            /** Format: uuid */
            personId: string;
            /** Format: date */
            startDate: string;
            /** Format: date */
            endDate: string | null;
            /** Format: date-time */
            completedAt: string | null;
            legalHold: boolean;
            processingRestricted: boolean;
            legalHoldReason: string | null;
            /** Format: date-time */
            legalHoldAt: string | null;
            legalHoldByName: string | null;
        };
        RectifyPersonDto: {
            /** @description The rectification request this change carries out */
            privacyRequestId?: string;
            firstName?: string;
            lastName?: string;
            birthDate?: string;
            address?: string;
            email?: string;
            phone?: string;
        };
        RectificationResultDto: {
            /**
             * Format: uuid
             * @description The person
             */
            id: string;
            /** @description Names of the rectified fields */
            changed: string[];
            /** Format: uuid */
            privacyRequestId: string | null;
        };
        RectificationPersonaliaDto: {
            firstName: string;
            lastName: string;
            /** Format: date */
            birthDate: string | null;
            address: string | null;
            email: string | null;
            phone: string | null;
        };
        RectificationCorrectionViewDto: {
            /** Format: date-time */
            at: string;
            fields: components["schemas"]["RectifiableField"][];
        };
        RectificationViewDto: {
            /** Format: uuid */
            requestId: string;
            /** Format: uuid */
            personId: string;
            status: components["schemas"]["PrivacyRequestStatus"];
            /** @description Null once the request is completed (or the person was erased) */
            personalia: components["schemas"]["RectificationPersonaliaDto"] | null;
            /** @description Field names only, never values */
            corrections: components["schemas"]["RectificationCorrectionViewDto"][];
        };
        ProcessingActivityDto: {
            name: string;
            purposes: string[];
            legalBasis: string;
            dataSubjects: string[];
            dataCategories: string[];
            recipients: string[];
            retention: string;
        };
        ProcessingRegisterDto: {
            controller: string;
            activities: components["schemas"]["ProcessingActivityDto"][];
            /** @description Every category of personal data held about a person */
            dataCategories: string[];
            securityMeasures: string[];
        };
        MassReadViewDto: {
            /** Format: uuid */
            actorId: string;
            actorRole: string;
            /** Format: date-time */
            windowStart: string;
            people: number;
        };
        BreakGlassAwaitingReviewViewDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            caseId: string;
            caseReference: string;
            /** Format: uuid */
            userId: string;
            userName: string | null;
            userRole: string;
            reason: string | null;
            /** Format: date-time */
            openedAt: string;
            /** Format: date-time */
            expiresAt: string;
        };
        /** @enum {string} */
        BreakGlassReviewOutcome: "justified" | "not_justified" | "needs_follow_up";
        BreakGlassFollowUpViewDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            grantId: string;
            /** Format: uuid */
            caseId: string;
            caseReference: string;
            /** Format: uuid */
            userId: string;
            userName: string | null;
            userRole: string;
            outcome: components["schemas"]["BreakGlassReviewOutcome"];
            note: string | null;
            healthDataRead: boolean;
            /** Format: date-time */
            openedAt: string;
            /** Format: uuid */
            breachId: string | null;
        };
        AccessLogAnomaliesDto: {
            massReads: components["schemas"]["MassReadViewDto"][];
            breakGlassAwaitingReview: components["schemas"]["BreakGlassAwaitingReviewViewDto"][];
            breakGlassFollowUps: components["schemas"]["BreakGlassFollowUpViewDto"][];
            outsideOfficeHours: components["schemas"]["AccessEventViewDto"][];
        };
        BreakGlassReviewDto: {
            outcome: components["schemas"]["BreakGlassReviewOutcome"];
            /** @description Stored encrypted under the person’s key */
            note?: string;
        };
        BreakGlassReviewedDto: {
            /** Format: uuid */
            id: string;
            reviewed: boolean;
            outcome: components["schemas"]["BreakGlassReviewOutcome"];
            /** Format: uuid */
            followUpId: string | null;
            healthDataRead: boolean;
        };
        BreakGlassBreachDto: {
            nature: string;
            categoriesOfPeople?: string[];
            categoriesOfRecords?: string[];
        };
        BreakGlassBreachStartedDto: {
            /** Format: uuid */
            grantId: string;
            /** Format: uuid */
            followUpId: string;
            /** Format: uuid */
            breachId: string;
        };
        BreakGlassFollowUpClosedDto: {
            /** Format: uuid */
            grantId: string;
            /** Format: uuid */
            followUpId: string;
            closed: boolean;
        };
        DisclosureViewDto: {
            /** Format: uuid */
            id: string;
            recipient: string;
            /** @description Field names, never values */
            fields: string[];
            legalBasis: string;
            /** Format: date-time */
            disclosedAt: string;
            caseReference: string | null;
        };
        PagedDisclosureViewDto: {
            items: components["schemas"]["DisclosureViewDto"][];
            /** @description Number of matching items over all pages */
            total: number;
        };
        SurveyContactDto: {
            name: string;
            email: string | null;
            phone: string | null;
        };
        SurveyExportDto: {
            recipient: string;
            items: components["schemas"]["SurveyContactDto"][];
            total: number;
        };
        MilestoneWorkItemDto: {
            /** Format: uuid */
            caseId: string;
            reference: string;
            /** @description Only for roles that may read the name; null after an erasure */
            personName?: string | null;
            kind: components["schemas"]["MilestoneKind"];
            sequence: number;
            /** Format: date */
            dueDate: string;
            overdue: boolean;
        };
        MilestoneWorklistDto: {
            items: components["schemas"]["MilestoneWorkItemDto"][];
            total: number;
            /** @description The window asked for */
            withinDays: number;
        };
        DraftReportWorkItemDto: {
            /** Format: uuid */
            caseId: string;
            reference: string;
            /** @description Only for roles that may read the name; null after an erasure */
            personName?: string | null;
            /** Format: uuid */
            id: string;
            title: string | null;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        PagedDraftReportWorkItemDto: {
            items: components["schemas"]["DraftReportWorkItemDto"][];
            /** @description Number of matching items over all pages */
            total: number;
        };
        AssessmentWorkItemDto: {
            /** Format: uuid */
            caseId: string;
            reference: string;
            /** @description Only for roles that may read the name; null after an erasure */
            personName?: string | null;
            type: components["schemas"]["CaseType"];
            status: components["schemas"]["CaseStatus"];
            /** Format: date */
            startDate: string;
            hasFml: boolean;
            hasOccupationalAssessment: boolean;
        };
        PagedAssessmentWorkItemDto: {
            items: components["schemas"]["AssessmentWorkItemDto"][];
            /** @description Number of matching items over all pages */
            total: number;
        };
        HealthStatusDto: {
            /** @enum {string} */
            status: "ok";
            /** @enum {string} */
            database: "up";
        };
        HealthUnavailableDto: {
            /** @enum {number} */
            statusCode: 503;
            /** @enum {string} */
            code: "SERVICE_UNAVAILABLE";
            message: string;
            error: string;
            /** @enum {string} */
            status: "error";
            /** @enum {string} */
            database: "down";
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AccessLogController_list: {
        parameters: {
            query?: {
                personId?: string;
                caseId?: string;
                actorId?: string;
                /** @description A person's last name or e-mail address, matched whole (upper or lower case alike) through the blind indexes */
                person?: string;
                /** @description A case reference, whole (e.g. RI-2026-0001) */
                caseReference?: string;
                /** @description ISO 8601 date or time */
                from?: string;
                /** @description ISO 8601 date or time */
                to?: string;
                outcome?: "allowed" | "denied";
                breakGlass?: boolean;
                page?: components["schemas"]["Object"];
                pageSize?: components["schemas"]["Object"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagedAccessEventViewDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    AccessLogController_actors: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every account but participants, by name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessLogActorDto"][];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    AccessLogController_export: {
        parameters: {
            query?: {
                personId?: string;
                caseId?: string;
                actorId?: string;
                /** @description A person's last name or e-mail address, matched whole (upper or lower case alike) through the blind indexes */
                person?: string;
                /** @description A case reference, whole (e.g. RI-2026-0001) */
                caseReference?: string;
                /** @description ISO 8601 date or time */
                from?: string;
                /** @description ISO 8601 date or time */
                to?: string;
                outcome?: "allowed" | "denied";
                breakGlass?: boolean;
                page?: components["schemas"]["Object"];
                pageSize?: components["schemas"]["Object"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching events as CSV (at most 50,000, oldest first), as a download */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    AccessLogController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Seals what has settled, then checks every event's MAC, every seal and the chain, and the anchors this instance wrote */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessLogVerificationDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    AccessLogController_mine: {
        parameters: {
            query?: {
                page?: components["schemas"]["Object"];
                pageSize?: components["schemas"]["Object"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first; allowed accesses only */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagedOwnAccessEventViewDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            /** @description {user} with a session, or {mfaRequired:true} for staff (no session yet) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponseDto"] | components["schemas"]["MfaRequiredResponseDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Wrong file type (checked by content) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Too many attempts; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    AuthController_mfa: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MfaDto"];
            };
        };
        responses: {
            /** @description The login is complete: a session cookie is set */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponseDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Wrong file type (checked by content) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Too many attempts; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session is ended on the server; a fresh CSRF cookie is set */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Missing or invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponseDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    SecondFactorReleaseController_release: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account's second factor accepts codes again */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (e.g. a stale version) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    InvitationsController_csrf: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sets the csrf_token cookie */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CsrfIssuedResponseDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    InvitationsController_inspect: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationDetailsDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Missing or invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description The link has expired or was used already */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    InvitationsController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInvitationDto"];
            };
        };
        responses: {
            /** @description Password and second factor are set; the link is used up */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Missing or invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description The link has expired or was used already */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Too many attempts; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    InvitationsController_passwordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetDto"];
            };
        };
        responses: {
            /** @description The same answer whether or not the address has an account */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordResetResponseDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Missing or invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Too many attempts; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    AdminController_users: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagedAdminUserViewDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    AdminController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            /** @description The account; an invitation link is mailed to it */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUserViewDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (e.g. a stale version) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    AdminController_searchPeople: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SearchPeopleDto"];
            };
        };
        responses: {
            /** @description Exact matches, at most 25, by name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagedAdminPersonMatchDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    AdminController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUserViewDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (e.g. a stale version) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    AdminController_resetSecondFactor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecondFactorResetViewDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (e.g. a stale version) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    AdminController_organisations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagedOrganisationViewDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    AdminController_createOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganisationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationViewDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (e.g. a stale version) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    AdminController_updateOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganisationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationViewDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (e.g. a stale version) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    AdminController_assignments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Current and past assignments */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagedCaseAssignmentViewDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    AdminController_assign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignDto"];
            };
        };
        responses: {
            /** @description The assignments after the change */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagedCaseAssignmentViewDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    CasesController_list: {
        parameters: {
            query?: {
                page?: components["schemas"]["Object"];
                pageSize?: components["schemas"]["Object"];
                /** @description A case reference (or its start), a last name or an e-mail address (exact, any case) */
                q?: string;
                type?: "reintegration_track1" | "reintegration_track2" | "outplacement" | "career_coaching";
                /** @description Cases of this coach */
                coachId?: string;
                /** @description Only cases with a Poortwachter milestone past due and not done */
                overdueMilestone?: boolean;
                status?: "intake" | "active" | "on_hold" | "completed" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Only the cases the caller may see, with only the fields the role may read */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagedCaseViewDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    CasesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCaseDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    CasesController_changeStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeStatusDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (e.g. a stale version) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Locked (e.g. restricted processing or a legal hold) */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    CasesController_setClientReference: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetClientReferenceDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (e.g. a stale version) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Locked (e.g. restricted processing or a legal hold) */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    CasesController_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Only the fields the caller’s role may read */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    SpecialFileController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The labour expert sees the whole file (scope full), the coach only the capacities (Cache-Control: no-store) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpecialFileFullDto"] | components["schemas"]["SpecialFileCapacitiesDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    SpecialFileController_open: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BreakGlassDto"];
            };
        };
        responses: {
            /** @description Emergency access to the special file until expiresAt; the privacy officer reviews it */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BreakGlassGrantViewDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (e.g. a stale version) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    BreakGlassController_lookup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BreakGlassLookupDto"];
            };
        };
        responses: {
            /** @description The case exists and the glass may be broken on it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BreakGlassLookupResultDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Too many attempts; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    SpecialFileWritesController_healthRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HealthRecordDto"];
            };
        };
        responses: {
            /** @description A first day of illness while the person has no sickness events records their first one (the milestones follow) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthRecordViewDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Locked (e.g. restricted processing or a legal hold) */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    SpecialFileWritesController_fml: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FmlDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpecialFileEntryCreatedDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Locked (e.g. restricted processing or a legal hold) */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    SpecialFileWritesController_occupational: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OccupationalAssessmentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpecialFileEntryCreatedDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Locked (e.g. restricted processing or a legal hold) */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    SpecialFileWritesController_uwv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UwvOpinionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpecialFileEntryCreatedDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Locked (e.g. restricted processing or a legal hold) */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    SpecialFileFormsController_fmlAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FmlAssessmentInputDto"];
            };
        };
        responses: {
            /** @description The FML item by item, as stored */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FmlFormAssessmentViewDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Locked (e.g. restricted processing or a legal hold) */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    SpecialFileFormsController_adReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdReportInputDto"];
            };
        };
        responses: {
            /** @description The AD report as structure, as stored */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdReportViewDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Locked (e.g. restricted processing or a legal hold) */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    SpecialFileFormsController_uwvDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UwvDecisionInputDto"];
            };
        };
        responses: {
            /** @description WIA decision, loonsanctie or deskundigenoordeel */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UwvDecisionViewDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Locked (e.g. restricted processing or a legal hold) */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    SicknessEventsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The person’s events, oldest first, and the waiting periods they make (Cache-Control: no-store) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SicknessEventsViewDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    SicknessEventsController_record: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SicknessEventDto"];
            };
        };
        responses: {
            /** @description Added after the person’s last event; the Poortwachter timeline of the person’s cases follows */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SicknessEventViewDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Locked (e.g. restricted processing or a legal hold) */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    SicknessEventsController_retract: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                eventId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawalDto"];
            };
        };
        responses: {
            /** @description A wrongly entered event no longer counts (kept with who, when and why); the timeline follows */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SicknessEventViewDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (e.g. a stale version) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Locked (e.g. restricted processing or a legal hold) */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    WaitingPeriodExtensionsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The person’s extensions, withdrawn ones included, and the end they make (Cache-Control: no-store) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WaitingPeriodExtensionsViewDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    WaitingPeriodExtensionsController_record: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WaitingPeriodExtensionDto"];
            };
        };
        responses: {
            /** @description Extends the person’s current waiting period; the Poortwachter timeline follows */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WaitingPeriodExtensionViewDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (e.g. a stale version) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Locked (e.g. restricted processing or a legal hold) */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    WaitingPeriodExtensionsController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                extensionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawalDto"];
            };
        };
        responses: {
            /** @description The extension no longer counts (kept with when and why); the timeline follows */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WaitingPeriodExtensionViewDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (e.g. a stale version) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Locked (e.g. restricted processing or a legal hold) */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    MilestonesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Assigned staff and the participant: the whole timeline with basis and evidence; the client: the employer’s duties only, basis null where it would reveal health data */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagedCaseMilestoneViewDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    MilestonesController_complete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                milestoneId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MilestoneCompletionDto"];
            };
        };
        responses: {
            /** @description The milestone as it stands after the change */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseMilestoneViewDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (e.g. a stale version) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Locked (e.g. restricted processing or a legal hold) */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    ProgressReportsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Staff: all reports; participant: final ones without the client summary; client: released summaries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagedProgressReportListDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    ProgressReportsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProgressReportDto"];
            };
        };
        responses: {
            /** @description A draft; id, version and author set by the server */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressReportViewDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (e.g. a stale version) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Locked (e.g. restricted processing or a legal hold) */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    ProgressReportsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProgressReportDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressReportViewDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (e.g. a stale version) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Locked (e.g. restricted processing or a legal hold) */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    ActivitiesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first; the participant gets no notes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagedActivityViewDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    ActivitiesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateActivityDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedActivityViewDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Locked (e.g. restricted processing or a legal hold) */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    DocumentsController_upload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description PDF, PNG or JPEG (by content), 20 MB at most
                     */
                    file: string;
                    /** @enum {string} */
                    kind: "fml" | "occupational_assessment" | "uwv_opinion" | "other_health";
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadedDocumentViewDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Wrong file type (checked by content) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Locked (e.g. restricted processing or a legal hold) */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    DocumentsController_content: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The decrypted file, as an attachment (Cache-Control: no-store) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/png": string;
                    "image/jpeg": string;
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    ProcessDocumentsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first; the participant sees shared ones only */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcessDocumentListDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    ProcessDocumentsController_upload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description PDF, PNG or JPEG (by content), 20 MB at most
                     */
                    file: string;
                    /** @enum {string} */
                    kind: "plan_of_approach" | "problem_analysis" | "cv" | "agreement" | "report" | "other";
                    /**
                     * @default false
                     * @enum {string}
                     */
                    sharedWithParticipant?: "true" | "false";
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcessDocumentViewDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Wrong file type (checked by content) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Locked (e.g. restricted processing or a legal hold) */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    ProcessDocumentsController_share: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ShareProcessDocumentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcessDocumentViewDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Locked (e.g. restricted processing or a legal hold) */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    PrivacyRequestsController_list: {
        parameters: {
            query?: {
                status?: string;
                overdue?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every request for the privacy officer, their own for a participant; soonest due first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagedPrivacyRequestViewDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    PrivacyRequestsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePrivacyRequestDto"];
            };
        };
        responses: {
            /** @description Due one calendar month after receipt */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrivacyRequestViewDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (e.g. a stale version) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    PrivacyRequestsController_extend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtendPrivacyRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrivacyRequestViewDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (e.g. a stale version) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    PrivacyRequestsController_complete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompletePrivacyRequestDto"];
            };
        };
        responses: {
            /** @description The request, and what carrying it out did (erasure, restriction) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompletedPrivacyRequestViewDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (e.g. a stale version) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    ExportController_export: {
        parameters: {
            query?: {
                /** @description json (default): the JSON document; zip: the package with the files and a readable summary */
                format?: "json" | "zip";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description As a download: spoor-export.json (documents through their links), or with format=zip spoor-export-<date>.zip (streamed) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonalDataExportDto"];
                    "application/zip": string;
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    ExportController_ownDeliveries: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Exports prepared for the caller in answer to their access or portability requests */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnExportDeliveriesDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    ExportController_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivered export, generated now for the caller, as one streamed package (spoor-export-<date>.zip): gegevens.json, the documents, overzicht.html */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description The link has expired or was used already */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    ExportController_manifest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What the person’s export holds (sections, counts, sizes) and where its delivery stands; never content */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportManifestViewDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (e.g. a stale version) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    ConsentsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first, withdrawn ones included */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagedConsentViewDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    ConsentsController_give: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateConsentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentViewDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (e.g. a stale version) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    ConsentsController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentViewDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (e.g. a stale version) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    NewsletterRecipientsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Everyone with a current newsletter consent (name and e-mail), by name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagedNewsletterRecipientViewDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    BreachesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Latest discovered first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagedBreachViewDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    BreachesController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BreachDto"];
            };
        };
        responses: {
            /** @description notifyAuthorityBy is the discovery plus 72 hours */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BreachViewDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    BreachesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateBreachDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BreachViewDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (e.g. a stale version) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    LegalHoldController_legalHold: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LegalHoldDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalHoldViewDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    LegalHoldController_liftRestriction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestrictionLiftedViewDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    RetentionController_run: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RetentionRunDto"];
            };
        };
        responses: {
            /** @description What is (dryRun, the default) or was erased per category, and why */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetentionRunResultDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    RemindersController_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RemindersViewDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    PrivacyCasesController_list: {
        parameters: {
            query?: {
                page?: components["schemas"]["Object"];
                pageSize?: components["schemas"]["Object"];
                /** @description A case reference or its start (any case) */
                q?: string;
                /** @description Cases of this person (e.g. the subject of a request) */
                personId?: string;
                /** @description Only cases under a legal hold (true) or not (false) */
                legalHold?: boolean;
                /** @description Only cases whose processing is restricted (true) or not (false) */
                restricted?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagedPrivacyCaseViewDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    PrivacyCasesController_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrivacyCaseDetailViewDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    RectificationController_rectify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RectifyPersonDto"];
            };
        };
        responses: {
            /** @description Which fields changed (names only) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationResultDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    RectificationController_view: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The person's current personalia while the request is open, and the corrections made under it (field names) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationViewDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    RegisterController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The register of processing activities (art. 30 AVG) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcessingRegisterDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    AccessAnomaliesController_anomalies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessLogAnomaliesDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    AccessAnomaliesController_review: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BreakGlassReviewDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BreakGlassReviewedDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    AccessAnomaliesController_startBreach: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BreakGlassBreachDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BreakGlassBreachStartedDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (e.g. a stale version) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    AccessAnomaliesController_closeFollowUp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BreakGlassFollowUpClosedDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (e.g. a stale version) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    DisclosuresController_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagedDisclosureViewDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    DisclosuresController_survey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Contact details for the survey bureau; each person gets a disclosure record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyExportDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    WorklistsController_milestones: {
        parameters: {
            query?: {
                page?: components["schemas"]["Object"];
                pageSize?: components["schemas"]["Object"];
                /** @description Open milestones due within this many days (overdue ones always) */
                withinDays?: components["schemas"]["Object"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MilestoneWorklistDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    WorklistsController_draftReports: {
        parameters: {
            query?: {
                page?: components["schemas"]["Object"];
                pageSize?: components["schemas"]["Object"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagedDraftReportWorkItemDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    WorklistsController_assessments: {
        parameters: {
            query?: {
                page?: components["schemas"]["Object"];
                pageSize?: components["schemas"]["Object"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagedAssessmentWorkItemDto"];
                };
            };
            /** @description Bad input; `message` names the field, `fields` gives per-field codes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Not allowed, or missing/invalid CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthStatusDto"];
                };
            };
            /** @description A database connection pool does not answer. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthUnavailableDto"];
                };
            };
            /** @description Any other error (500, 503), in the same shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBodyDto"];
                };
            };
        };
    };
}
